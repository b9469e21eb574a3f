package cn.npa.submission.domain.filing;

import cn.npa.common.problem.RuleId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The period-over-period quality rules Q1, Q2, Q3 and Q5 (domain section 4). Each is a pure function of the
 * current filing and the previous period's filing; without a previous filing, or without loans, it finds nothing.
 * Thresholds are strict: "more than 2 points" flags 2.000001 points, never exactly 2.
 */
public final class QualityRules {

    static final BigDecimal RATIO_POINTS = new BigDecimal("0.02");
    static final BigDecimal FLOW_TOLERANCE = new BigDecimal("0.005");
    static final BigDecimal LOANS_MOVE = new BigDecimal("0.30");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private QualityRules() {
    }

    /** All quality findings (Q1-Q6) for a filing that passed validation. */
    public static List<QualityFinding> check(Filing current, QualityInputs inputs) {
        List<QualityFinding> all = new ArrayList<>();
        nplRatioJump(current, inputs.previous()).ifPresent(all::add);
        flowReconciliation(current, inputs.previous()).ifPresent(all::add);
        totalLoansJump(current, inputs.previous()).ifPresent(all::add);
        all.addAll(ReconciliationRules.childrenMismatch(current, inputs.childrenSums()));
        openingNplMismatch(current, inputs.previous()).ifPresent(all::add);
        all.addAll(ReconciliationRules.counterpartMismatch(current, inputs.counterpart()));
        return all;
    }

    /** Q1: the NPL ratio moved by more than 2 percentage points; undefined (no finding) when either base is 0. */
    public static Optional<QualityFinding> nplRatioJump(Filing current, KeyFigures previous) {
        BigDecimal npl = KeyFigure.NPL.of(current);
        BigDecimal loans = KeyFigure.TOTAL_LOANS.of(current);
        BigDecimal prevNpl = KeyFigures.get(previous, KeyFigure.NPL);
        BigDecimal prevLoans = KeyFigures.get(previous, KeyFigure.TOTAL_LOANS);
        if (npl == null || loans == null || prevNpl == null || prevLoans == null || loans.signum() == 0 || prevLoans.signum() == 0) {
            return Optional.empty();
        }
        // Cross-multiplied so that the comparison is exact: no division, no rounding at the boundary.
        BigDecimal move = npl.multiply(prevLoans).subtract(prevNpl.multiply(loans)).abs();
        if (move.compareTo(RATIO_POINTS.multiply(loans).multiply(prevLoans)) <= 0) {
            return Optional.empty();
        }
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        figures.put("npl", npl);
        figures.put("totalLoans", loans);
        figures.put("previousNpl", prevNpl);
        figures.put("previousTotalLoans", prevLoans);
        return Optional.of(new QualityFinding(RuleId.Q1, KeyFigure.NPL.path(), "the NPL ratio moved from "
                + percent(prevNpl, prevLoans) + "% to " + percent(npl, loans)
                + "% since the previous period, more than 2 percentage points: please explain", figures));
    }

    /**
     * Q2: NPL(t) must equal NPL(t-1) + newNpl - every reduction, within 0.5% of NPL(t-1). When NPL(t-1) is 0 the
     * tolerance is 0: a filer starting from no NPL must reconcile to the fen.
     */
    public static Optional<QualityFinding> flowReconciliation(Filing current, KeyFigures previous) {
        BigDecimal npl = KeyFigure.NPL.of(current);
        BigDecimal prevNpl = KeyFigures.get(previous, KeyFigure.NPL);
        NplMovements m = current.loans() == null ? null : current.loans().movements();
        if (npl == null || prevNpl == null || m == null || m.newNpl() == null || m.reductions() == null) {
            return Optional.empty();
        }
        BigDecimal expected = prevNpl.add(m.newNpl()).subtract(m.reductions());
        BigDecimal gap = npl.subtract(expected);
        if (gap.abs().compareTo(prevNpl.multiply(FLOW_TOLERANCE)) <= 0) {
            return Optional.empty();
        }
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        figures.put("npl", npl);
        figures.put("previousNpl", prevNpl);
        figures.put("newNpl", m.newNpl());
        figures.put("reductions", m.reductions());
        figures.put("expectedNpl", expected);
        figures.put("difference", gap);
        return Optional.of(new QualityFinding(RuleId.Q2, "$.loans.movements", "NPL of " + Compare.show(npl)
                + " does not follow from the previous period's " + Compare.show(prevNpl) + " plus new NPL "
                + Compare.show(m.newNpl()) + " minus reductions " + Compare.show(m.reductions()) + " (expected "
                + Compare.show(expected) + ", difference " + Compare.show(gap) + ", more than 0.5% of the previous NPL)", figures));
    }

    /** Q3: total loans moved by more than 30%; growing from nothing counts as such a move. */
    public static Optional<QualityFinding> totalLoansJump(Filing current, KeyFigures previous) {
        BigDecimal loans = KeyFigure.TOTAL_LOANS.of(current);
        BigDecimal prevLoans = KeyFigures.get(previous, KeyFigure.TOTAL_LOANS);
        if (loans == null || prevLoans == null) {
            return Optional.empty();
        }
        if (loans.subtract(prevLoans).abs().compareTo(prevLoans.multiply(LOANS_MOVE)) <= 0) {
            return Optional.empty();
        }
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        figures.put("totalLoans", loans);
        figures.put("previousTotalLoans", prevLoans);
        String rate = prevLoans.signum() == 0 ? "from zero"
                : "by " + loans.subtract(prevLoans).multiply(HUNDRED).divide(prevLoans, 2, RoundingMode.HALF_UP) + "%";
        return Optional.of(new QualityFinding(RuleId.Q3, KeyFigure.TOTAL_LOANS.path(), "total loans moved " + rate + " (from "
                + Compare.show(prevLoans) + " to " + Compare.show(loans) + ") since the previous period, more than 30%", figures));
    }

    /** Q5: the stated opening NPL differs from the previous period's closing NPL as filed, unless a restatement is declared. */
    public static Optional<QualityFinding> openingNplMismatch(Filing current, KeyFigures previous) {
        BigDecimal prevNpl = KeyFigures.get(previous, KeyFigure.NPL);
        NplMovements m = current.loans() == null ? null : current.loans().movements();
        if (current.header().restatement() || prevNpl == null || m == null || m.openingNpl() == null
                || m.openingNpl().compareTo(prevNpl) == 0) {
            return Optional.empty();
        }
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        figures.put("openingNpl", m.openingNpl());
        figures.put("previousNpl", prevNpl);
        return Optional.of(new QualityFinding(RuleId.Q5, "$.loans.movements.openingNpl", "openingNpl of "
                + Compare.show(m.openingNpl()) + " differs from the NPL of " + Compare.show(prevNpl)
                + " filed for the previous period; declare a restatement if the previous figures were wrong", figures));
    }

    static String percent(BigDecimal part, BigDecimal whole) {
        return part.multiply(HUNDRED).divide(whole, 4, RoundingMode.HALF_UP).toPlainString();
    }
}
