package cn.npa.submission.domain.filing;

import java.util.List;

/** V3 and V4 over the non-credit and off-balance-sheet sections. */
final class SectionChecks {

    private SectionChecks() {
    }

    static void nonCredit(NonCreditSection s, Problems problems) {
        String p = "$.nonCredit";
        List<NonCreditLine> lines = s.byCategory();
        NonCreditAmounts total = s.total();
        if (lines != null && total != null) {
            Compare.sumsTo(problems, p + ".byCategory", "category assets", Sums.over(lines, l -> l.amounts().assets()),
                    "total.assets", total.assets());
            Compare.sumsTo(problems, p + ".byCategory", "category non-performing assets", Sums.over(lines, l -> l.amounts().npa()),
                    "total.npa", total.npa());
            Compare.sumsTo(problems, p + ".byCategory", "category estimated losses",
                    Sums.over(lines, l -> l.amounts().estimatedLoss()), "total.estimatedLoss", total.estimatedLoss());
        }
        if (total != null) {
            limits(total, p + ".total", problems);
        }
        if (lines != null) {
            for (int i = 0; i < lines.size(); i++) {
                limits(lines.get(i).amounts(), p + ".byCategory[" + i + "]", problems);
            }
        }
    }

    static void offBalanceSheet(OffBalanceSheetSection s, Problems problems) {
        ObsAmounts totals = s.totals();
        List<ObsLine> lines = s.byBusinessType();
        if (totals == null || lines == null) {
            return;
        }
        String p = "$.offBalanceSheet.byBusinessType";
        Compare.sumsTo(problems, p, "outstanding balances", Sums.over(lines, l -> l.amounts().outstanding()),
                "totals.outstanding", totals.outstanding());
        Compare.sumsTo(problems, p, "advances", Sums.over(lines, l -> l.amounts().advances()), "totals.advances", totals.advances());
        Compare.sumsTo(problems, p, "new advances", Sums.over(lines, l -> l.amounts().newAdvances()),
                "totals.newAdvances", totals.newAdvances());
    }

    /** V4: NPA within assets, estimated loss within NPA. */
    private static void limits(NonCreditAmounts a, String path, Problems problems) {
        Compare.atMost(problems, path + ".npa", "non-performing assets", a.npa(), "assets", a.assets());
        Compare.atMost(problems, path + ".estimatedLoss", "estimated loss", a.estimatedLoss(), "non-performing assets", a.npa());
    }
}
