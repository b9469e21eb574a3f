package cn.npa.submission.domain.filing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Keeps docs/filing-format.md honest: every JSON example in it reads and validates without a finding. */
class FilingFormatDocTest {

    private static final Path DOC = Path.of("..", "docs", "filing-format.md");

    @Test
    void documentedExamplesAreValid_V1_V7() throws IOException {
        List<String> examples = examples(Files.readString(DOC));
        assertEquals(4, examples.size(), "one example per report type family");
        for (String json : examples) {
            ReadResult r = FilingValidator.readAndValidate(json, FilerCheck.NONE);
            assertEquals(List.of(), r.errors(), json);
            assertTrue(r.ok());
        }
    }

    private static List<String> examples(String markdown) {
        Matcher m = Pattern.compile("```json\\n(.*?)\\n```", Pattern.DOTALL).matcher(markdown);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
