package cn.npa.embedded;

import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The report bodies of the filing wave, with {@code {{CODE}}} where the filer's code goes. */
final class WaveTemplates {

    static final String HEAD_SHAPE = "the BANK_MONTHLY_NPL example of docs/filing-format.md";
    static final String BRANCH_SHAPE = "the same as BRANCH_MONTHLY_NPL";

    private WaveTemplates() {
    }

    static String head() throws Exception {
        return example().replaceFirst("\"institutionCode\": *\"[^\"]*\"", "\"institutionCode\": \"{{CODE}}\"");
    }

    static String branch() throws Exception {
        return head().replace("\"BANK_MONTHLY_NPL\"", "\"BRANCH_MONTHLY_NPL\"");
    }

    private static String example() throws Exception {
        String doc = Files.readString(EmbeddedRun.projectRoot().resolve("docs/filing-format.md"));
        Matcher m = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL).matcher(doc);
        while (m.find()) {
            if (m.group(1).contains("\"BANK_MONTHLY_NPL\"")) {
                return m.group(1);
            }
        }
        throw new IllegalStateException("no BANK_MONTHLY_NPL example in docs/filing-format.md");
    }
}
