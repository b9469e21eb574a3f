package cn.npa.embedded;

import cn.npa.datagen.FilingGenerator;
import cn.npa.datagen.InstitutionRow;
import cn.npa.datagen.Shape;
import java.util.List;

/** The report bodies of the filing wave, made by the filing generator, with {@code {{CODE}}} where the filer's code goes. */
final class WaveTemplates {

    /** The measured wave's month; the month before it is filed first, unmeasured, so the quality rules have a previous period. */
    static final String PERIOD = "2026-10";
    static final String PREVIOUS = "2026-09";
    static final String HEAD_SHAPE = "BANK_MONTHLY_NPL with 36 regions, 20 industries, 30 clients";
    static final String BRANCH_SHAPE = "BRANCH_MONTHLY_NPL of the generator's branch shape";

    private WaveTemplates() {
    }

    static String head(List<InstitutionRow> register, String period) {
        InstitutionRow ho = register.stream().filter(r -> r.kind().equals("BANK_HEAD_OFFICE")).findFirst().orElseThrow();
        return placeholder(FilingGenerator.monthly(ho, period, 2004L, Shape.FULL), ho.code());
    }

    static String branch(List<InstitutionRow> register, String period) {
        InstitutionRow b = register.stream().filter(r -> r.kind().equals("SUB_BRANCH")).findFirst().orElseThrow();
        return placeholder(FilingGenerator.monthly(b, period, 2004L, Shape.forFiler(b)), b.code());
    }

    private static String placeholder(String json, String code) {
        String quoted = "\"" + code + "\"";
        int at = json.indexOf(quoted);
        if (at < 0) {
            throw new IllegalStateException("the generated filing does not name its filer " + code);
        }
        return json.substring(0, at) + "\"{{CODE}}\"" + json.substring(at + quoted.length());
    }
}
