package cn.npa.submission.domain.filing;

import cn.npa.common.problem.RuleId;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/** V2, V3 and V4 over the loan section's figures and breakdowns. */
final class LoanChecks {

    private static final String P = "$.loans";

    private LoanChecks() {
    }

    static void check(LoanSection loans, Problems problems) {
        BigDecimal total = loans.total();
        BigDecimal npl = loans.npl();
        if (loans.totalLoans() != null && total != null && total.compareTo(loans.totalLoans()) != 0) {
            problems.add(RuleId.V2, P + ".totalLoans", "the five grades add up to " + Compare.show(total)
                    + " but totalLoans is " + Compare.show(loans.totalLoans()));
        }
        breakdown(problems, P + ".byIndustry", "industry", loans.byIndustry(), IndustryLine::total, IndustryLine::npl, total, npl);
        breakdown(problems, P + ".byRegion", "region", loans.byRegion(), RegionLine::total, RegionLine::npl, total, npl);
        breakdown(problems, P + ".vintages", "vintage", loans.vintages(), VintageLine::balance, VintageLine::npl, total, npl);
        movements(loans.movements(), loans.newNplCauses(), problems);
    }

    /** Totals and NPLs of a breakdown sum to the loan section's; within a line, NPL <= total (V4). */
    private static <T> void breakdown(Problems problems, String path, String label, List<T> lines,
                                      Function<T, BigDecimal> lineTotal, Function<T, BigDecimal> lineNpl,
                                      BigDecimal total, BigDecimal npl) {
        if (lines == null) {
            return;
        }
        Compare.sumsTo(problems, path, label + " loan totals", Sums.over(lines, lineTotal), "total loans (the five grades)", total);
        Compare.sumsTo(problems, path, label + " NPLs", Sums.over(lines, lineNpl), "NPL (substandard + doubtful + loss)", npl);
        for (int i = 0; i < lines.size(); i++) {
            T line = lines.get(i);
            Compare.atMost(problems, path + "[" + i + "].npl", "NPL", lineNpl.apply(line), "the line's loans", lineTotal.apply(line));
        }
    }

    private static void movements(NplMovements m, List<CauseLine> causes, Problems problems) {
        if (m == null) {
            return;
        }
        if (causes != null) {
            Compare.sumsTo(problems, P + ".newNplCauses", "the causes of new NPL", Sums.over(causes, CauseLine::amount),
                    "newNpl", m.newNpl());
        }
        List<DisposalLine> methods = m.byDisposalMethod();
        if (methods == null) {
            return;
        }
        String path = P + ".movements.byDisposalMethod";
        Compare.sumsTo(problems, path, "the disposal methods", Sums.over(methods, DisposalLine::amount),
                "cashCollected + writtenOff + debtAssetSwap + otherReduction", m.disposals());
        // Write-off is both a reduction line and a disposal method: the two must tell the same story.
        // An unlisted method counts as 0; a listed one with an unusable amount (already reported) is unknown: skip.
        DisposalLine writeOffLine = methods.stream().filter(l -> l.method() == DisposalMethod.WRITE_OFF).findFirst().orElse(null);
        BigDecimal writeOff = writeOffLine == null ? BigDecimal.ZERO : writeOffLine.amount();
        if (writeOff != null && m.writtenOff() != null && writeOff.compareTo(m.writtenOff()) != 0) {
            problems.add(RuleId.V3, path, "the WRITE_OFF method shows " + Compare.show(writeOff) + " but writtenOff is "
                    + Compare.show(m.writtenOff()));
        }
    }
}
