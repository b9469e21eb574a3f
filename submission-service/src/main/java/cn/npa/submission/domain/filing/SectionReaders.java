package cn.npa.submission.domain.filing;

import java.util.List;

/** Reads the non-credit (Art. 9), off-balance-sheet (Art. 10) and narrative sections. */
final class SectionReaders {

    private static final int LONG_TEXT = 20_000;

    private SectionReaders() {
    }

    static NonCreditSection nonCredit(Cursor c) {
        NonCreditAmounts total = c.object("total", true, SectionReaders::nonCreditAmounts);
        List<NonCreditLine> lines = c.list("byCategory", true,
                r -> new NonCreditLine(r.choice("category", NonCreditCategory.class), nonCreditAmounts(r)));
        DuplicateKeys.check(c, lines, "byCategory", "category", NonCreditLine::category);
        return new NonCreditSection(total, lines, c.amount("disposedInPeriod", true), c.amount("newInPeriod", true));
    }

    static OffBalanceSheetSection offBalanceSheet(Cursor c) {
        ObsAmounts totals = c.object("totals", false, SectionReaders::obsAmounts);
        List<ObsLine> lines = c.list("byBusinessType", true,
                r -> new ObsLine(r.choice("businessType", ObsBusinessType.class), obsAmounts(r)));
        DuplicateKeys.check(c, lines, "byBusinessType", "businessType", ObsLine::businessType);
        return new OffBalanceSheetSection(totals, lines);
    }

    static Narrative narrative(Cursor c, FilingKind kind) {
        String causeAnalysis = c.text("causeAnalysis", true, LONG_TEXT);
        List<TypicalCase> cases = c.list("typicalCases", true, r -> new TypicalCase(r.text("title", true, 200),
                r.amount("amount", true), r.text("cause", true, 200), r.text("text", true, LONG_TEXT)));
        TrendProjection trend = c.object("trendProjection", true,
                t -> new TrendProjection(t.ratio("projectedNplRatio", false), t.text("text", true, LONG_TEXT)));
        String measures = c.text("measures", true, LONG_TEXT);
        Presence evaluation = kind == null ? Presence.OPTIONAL : kind.evaluation();
        String evaluationText = null;
        if (evaluation == Presence.FORBIDDEN) {
            if (c.has("evaluation")) {
                c.problems().add(Cursor.STRUCTURE, c.path() + ".evaluation", "only a bureau's report carries an evaluation");
            }
        } else {
            evaluationText = c.text("evaluation", evaluation == Presence.REQUIRED, LONG_TEXT);
        }
        return new Narrative(causeAnalysis, cases, trend, measures, evaluationText);
    }

    private static NonCreditAmounts nonCreditAmounts(Cursor r) {
        return new NonCreditAmounts(r.amount("assets", true), r.amount("npa", true), r.amount("estimatedLoss", true));
    }

    private static ObsAmounts obsAmounts(Cursor r) {
        return new ObsAmounts(r.amount("outstanding", true), r.amount("advances", true), r.amount("newAdvances", true));
    }
}
