package cn.npa.report.domain.analysis;

import cn.npa.report.domain.period.RollupPeriod;
import java.util.Optional;

/** The documents the report service writes (R4), each for one grain of period, named in the API by its slug. */
public enum ReportKind {
    /** Art. 8 (1)-(6): the monthly NPL analysis of any node. */
    MONTHLY_NPL_ANALYSIS("monthly-npl", RollupPeriod.Grain.MONTH),
    /** Art. 8, 9 and 10: the quarterly NPA analysis (loans, non-credit assets, off-balance-sheet business). */
    QUARTERLY_NPA_ANALYSIS("quarterly-npa", RollupPeriod.Grain.QUARTER),
    /** Art. 12-14: a regulator's quarterly assessment report (indicators, ranks, key lists, filers, adjustments). */
    QUARTERLY_ASSESSMENT("quarterly-assessment", RollupPeriod.Grain.QUARTER);

    private final String slug;
    private final RollupPeriod.Grain grain;

    ReportKind(String slug, RollupPeriod.Grain grain) {
        this.slug = slug;
        this.grain = grain;
    }

    public String slug() {
        return slug;
    }

    public RollupPeriod.Grain grain() {
        return grain;
    }

    /** The kind named by its slug or its constant name. */
    public static Optional<ReportKind> parse(String text) {
        for (ReportKind k : values()) {
            if (k.slug.equals(text) || k.name().equals(text)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** The kind written for a period when the reader names none. */
    public static Optional<ReportKind> defaultFor(RollupPeriod period) {
        for (ReportKind k : values()) {
            if (k.grain == period.grain()) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
