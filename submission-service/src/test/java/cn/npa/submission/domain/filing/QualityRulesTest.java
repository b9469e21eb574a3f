package cn.npa.submission.domain.filing;

import static cn.npa.submission.domain.filing.FilingFixtures.dec;
import static cn.npa.submission.domain.filing.LoanFilingBuilder.filing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Q1-Q6 with their boundaries tested on both sides. */
class QualityRulesTest {

    // Previous period: loans 100000.00, NPL 1000.00 (1%).
    private final Filing previous = filing().loans("100000.00", "1000.00").build();

    @Test
    void ignoresRatioMoveOfExactlyTwoPoints_Q1() {
        Filing current = filing().loans("100000.00", "3000.00").build();
        assertTrue(QualityRules.nplRatioJump(current, KeyFigures.of(previous)).isEmpty());
        // 1% -> 3% with a different base: 6000 / 200000 is exactly 3% too.
        assertTrue(QualityRules.nplRatioJump(filing().loans("200000.00", "6000.00").build(), KeyFigures.of(previous)).isEmpty());
    }

    @Test
    void flagsRatioJumpAboveTwoPoints_Q1() {
        Filing current = filing().loans("100000.00", "3000.01").build();
        QualityFinding f = QualityRules.nplRatioJump(current, KeyFigures.of(previous)).orElseThrow();
        assertEquals("Q1", f.rule());
        assertEquals(dec("3000.01"), f.figures().get("npl"));
        assertTrue(f.message().contains("1.0000% to 3.0000%"), f.message());
    }

    @Test
    void flagsRatioFallAboveTwoPointsButNotAtTwo_Q1() {
        Filing high = filing().loans("100000.00", "5000.00").build();
        assertTrue(QualityRules.nplRatioJump(filing().loans("100000.00", "3000.00").build(), KeyFigures.of(high)).isEmpty());
        assertTrue(QualityRules.nplRatioJump(filing().loans("100000.00", "2999.99").build(), KeyFigures.of(high)).isPresent());
    }

    @Test
    void skipsRatioWhenABaseIsZero_Q1() {
        Filing empty = filing().loans("0.00", "0.00").build();
        assertTrue(QualityRules.nplRatioJump(filing().loans("100.00", "100.00").build(), KeyFigures.of(empty)).isEmpty());
    }

    @Test
    void acceptsFlowWithinHalfPercent_Q2() {
        // Expected 1000 + 200 - 100 = 1100; tolerance 0.5% of 1000 = 5.00.
        assertTrue(QualityRules.flowReconciliation(flow("1105.00"), KeyFigures.of(previous)).isEmpty());
        assertTrue(QualityRules.flowReconciliation(flow("1095.00"), KeyFigures.of(previous)).isEmpty());
    }

    @Test
    void flagsFlowBeyondHalfPercent_Q2() {
        QualityFinding f = QualityRules.flowReconciliation(flow("1105.01"), KeyFigures.of(previous)).orElseThrow();
        assertEquals(dec("1100.00"), f.figures().get("expectedNpl"));
        assertEquals(dec("5.01"), f.figures().get("difference"));
        assertTrue(QualityRules.flowReconciliation(flow("1094.99"), KeyFigures.of(previous)).isPresent());
    }

    @Test
    void requiresExactFlowWhenPreviousNplIsZero_Q2() {
        Filing clean = filing().loans("100000.00", "0.00").build();
        Filing exact = filing().loans("100000.00", "200.00").flows("200.00", "0", "0", "0", "0", "0").build();
        Filing off = filing().loans("100000.00", "200.01").flows("200.00", "0", "0", "0", "0", "0").build();
        assertTrue(QualityRules.flowReconciliation(exact, KeyFigures.of(clean)).isEmpty());
        assertTrue(QualityRules.flowReconciliation(off, KeyFigures.of(clean)).isPresent());
    }

    @Test
    void flagsLoanMoveAboveThirtyPercentOnly_Q3() {
        assertTrue(QualityRules.totalLoansJump(filing().loans("130000.00", "1000.00").build(), KeyFigures.of(previous)).isEmpty());
        assertTrue(QualityRules.totalLoansJump(filing().loans("130000.01", "1000.00").build(), KeyFigures.of(previous)).isPresent());
        assertTrue(QualityRules.totalLoansJump(filing().loans("70000.00", "1000.00").build(), KeyFigures.of(previous)).isEmpty());
        assertTrue(QualityRules.totalLoansJump(filing().loans("69999.99", "1000.00").build(), KeyFigures.of(previous)).isPresent());
    }

    @Test
    void flagsLoansGrowingFromZero_Q3() {
        Filing zero = filing().loans("0.00", "0.00").build();
        assertTrue(QualityRules.totalLoansJump(filing().loans("1.00", "0.00").build(), KeyFigures.of(zero)).isPresent());
        assertTrue(QualityRules.totalLoansJump(zero, KeyFigures.of(zero)).isEmpty());
    }

    @Test
    void flagsParentDifferingFromChildrenAboveOneTenthPercent_Q4() {
        Filing parent = filing().loans("100100.00", "1000.00").build();
        Map<KeyFigure, java.math.BigDecimal> children = Map.of(KeyFigure.TOTAL_LOANS, dec("100000.00"), KeyFigure.NPL, dec("1000.00"));
        assertEquals(List.of(), ReconciliationRules.childrenMismatch(parent, children));
        Filing over = filing().loans("100100.01", "1000.00").build();
        List<QualityFinding> found = ReconciliationRules.childrenMismatch(over, children);
        assertEquals(1, found.size());
        assertEquals("Q4", found.get(0).rule());
        assertEquals(dec("100.01"), found.get(0).figures().get("difference"));
    }

    @Test
    void flagsOpeningNplDifferentFromPreviousClosing_Q5() {
        assertTrue(QualityRules.openingNplMismatch(filing().openingNpl("1000").build(), KeyFigures.of(previous)).isEmpty());
        QualityFinding f = QualityRules.openingNplMismatch(filing().openingNpl("999.99").build(), KeyFigures.of(previous)).orElseThrow();
        assertEquals("$.loans.movements.openingNpl", f.path());
    }

    @Test
    void acceptsDifferentOpeningWhenRestated_Q5() {
        assertTrue(QualityRules.openingNplMismatch(filing().openingNpl("999.99").restatement().build(), KeyFigures.of(previous)).isEmpty());
    }

    @Test
    void flagsQuarterEndMonthlyDifferentFromQuarterly_Q6() {
        Filing monthly = filing().type("BANK_MONTHLY_NPL", "2026-09").loans("100000.00", "1000.00").build();
        Filing quarterly = filing().type("BANK_QUARTERLY_NPA", "2026-Q3").loans("100000.00", "1000.01").build();
        List<QualityFinding> found = ReconciliationRules.counterpartMismatch(monthly, KeyFigures.of(quarterly));
        assertEquals(List.of("Q6"), found.stream().map(QualityFinding::rule).toList());
        assertTrue(found.get(0).message().contains("BANK_QUARTERLY_NPA report for 2026-Q3"), found.get(0).message());
        assertEquals(List.of(), ReconciliationRules.counterpartMismatch(monthly, KeyFigures.of(monthly)));
    }

    @Test
    void comparesNonCreditBetweenQ4AndAnnual_Q6() {
        Filing q4 = filing().type("BANK_QUARTERLY_NPA", "2026-Q4").nonCredit("2000", "400", "100").build();
        Filing annual = filing().type("BANK_ANNUAL_NPA", "2026").nonCredit("2000", "400.50", "100").build();
        List<QualityFinding> found = ReconciliationRules.counterpartMismatch(q4, KeyFigures.of(annual));
        assertEquals(List.of("$.nonCredit.total.npa"), found.stream().map(QualityFinding::path).toList());
    }

    @Test
    void checkRunsEveryRuleWithItsInputs_Q1_Q2_Q3_Q5() {
        Filing current = filing().loans("140000.00", "5000.00").openingNpl("900").build();
        List<String> rules = QualityRules.check(current, QualityInputs.ofFilings(previous, null, null)).stream()
                .map(QualityFinding::rule).toList();
        assertEquals(List.of("Q1", "Q2", "Q3", "Q5"), rules);
        assertEquals(List.of(), QualityRules.check(current, QualityInputs.NONE));
    }

    private static Filing flow(String npl) {
        return filing().loans("100000.00", npl).flows("200.00", "40.00", "30.00", "10.00", "15.00", "5.00").build();
    }
}
