package cn.npa.report.service.analysis;

import io.quarkus.qute.TemplateExtension;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Display rounding of the rendered documents (HALF_UP, only for people: the JSON keeps every digit). */
@TemplateExtension(namespace = "fmt")
public final class Fmt {

    private Fmt() {
    }

    /** An amount with 2 decimals, or a dash when there is none. */
    static String amt(BigDecimal v) {
        return v == null ? "–" : v.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** A fraction as a percentage with 2 decimals. */
    static String pct(BigDecimal v) {
        return v == null ? "–" : v.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** A figure's value: ratios as percentages, balances as amounts. */
    static String fig(String figure, BigDecimal v) {
        return figure.endsWith("_RATIO") ? pct(v) : amt(v);
    }

    /** A change of a figure: ratios in percentage points. */
    static String chg(String figure, BigDecimal v) {
        return v == null ? "–" : figure.endsWith("_RATIO") ? v.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + " pp" : amt(v);
    }

    /** A value that may be absent. */
    static String txt(Object v) {
        return v == null ? "–" : v.toString();
    }
}
