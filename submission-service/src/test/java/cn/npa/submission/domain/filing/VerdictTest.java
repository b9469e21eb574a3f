package cn.npa.submission.domain.filing;

import static cn.npa.submission.domain.filing.FilingFixtures.dec;
import static cn.npa.submission.domain.filing.LoanFilingBuilder.filing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.npa.common.problem.FieldError;
import cn.npa.submission.domain.filing.Explanations.ExplainedFinding;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Verdicts, explanation carry-forward and finding diffs (domain section 4), major adjustments (section 5). */
class VerdictTest {

    private final QualityFinding jump = finding("Q1", "3000.01");
    private final QualityFinding otherJump = finding("Q1", "3500.00");
    private final FieldError invalid = new FieldError("V1", "$.loans.grades.pass", "must not be negative");

    @Test
    void rejectsOnAnyValidityFinding() {
        assertEquals(Verdict.REJECTED, Verdict.of(List.of(invalid), List.of(jump)));
        assertEquals(Verdict.ACCEPTED_WITH_WARNINGS, Verdict.of(List.of(), List.of(jump)));
        assertEquals(Verdict.ACCEPTED, Verdict.of(List.of(), List.of()));
    }

    @Test
    void carriesExplanationForwardForSameFigures_Q1() {
        Explanation given = Explanation.of(jump, 1, "A large borrower defaulted.");
        // Figures equal by value (3000.010 vs 3000.01) count as the same figures.
        List<ExplainedFinding> v2 = Explanations.carryForward(List.of(finding("Q1", "3000.010")), 2, List.of(given));
        assertTrue(v2.get(0).explained());
        assertEquals("A large borrower defaulted.", v2.get(0).explanation().text());
    }

    @Test
    void doesNotCarryExplanationWhenFiguresChange_Q1() {
        Explanation given = Explanation.of(jump, 1, "A large borrower defaulted.");
        assertNull(Explanations.carryForward(List.of(otherJump), 2, List.of(given)).get(0).explanation());
    }

    @Test
    void carriesTheLatestEarlierExplanationOnly_Q1() {
        Explanation v1 = Explanation.of(jump, 1, "first words");
        Explanation v2 = Explanation.of(jump, 2, "better words");
        Explanation v5 = Explanation.of(jump, 5, "from the future");
        assertEquals("better words", Explanations.carryForward(List.of(jump), 3, List.of(v1, v5, v2)).get(0).explanation().text());
    }

    @Test
    void diffsFindingsBetweenVersions_Q1_Q2() {
        QualityFinding flow = finding("Q2", "10.00");
        FindingDiff diff = FindingDiff.between(List.of(jump, flow), List.of(otherJump, finding("Q2", "10")));
        assertEquals(List.of(otherJump), diff.added());
        assertEquals(List.of(jump), diff.resolved());
        assertEquals(1, diff.unchanged().size());
        assertEquals("Q2", diff.unchanged().get(0).rule());
    }

    @Test
    void flagsNplMoveAboveFivePercentAsMajor() {
        Filing original = filing().loans("100000.00", "1000.00").build();
        assertFalse(MajorAdjustment.isMajor(original, filing().loans("100000.00", "1050.00").build()));
        assertFalse(MajorAdjustment.isMajor(original, filing().loans("100000.00", "950.00").build()));
        List<MajorAdjustment> major = MajorAdjustment.between(KeyFigures.of(original), filing().loans("100000.00", "1050.01").build());
        assertEquals(KeyFigure.NPL, major.get(0).figure());
        assertTrue(MajorAdjustment.isMajor(original, filing().loans("100000.00", "949.99").build()));
    }

    @Test
    void flagsNonCreditNpaMoveAboveFivePercentAsMajor() {
        Filing original = filing().nonCredit("2000", "400.00", "100").build();
        assertFalse(MajorAdjustment.isMajor(original, filing().nonCredit("2000", "420.00", "100").build()));
        List<MajorAdjustment> major = MajorAdjustment.between(KeyFigures.of(original), filing().nonCredit("2000", "420.01", "100").build());
        assertEquals(List.of(KeyFigure.NON_CREDIT_NPA), major.stream().map(MajorAdjustment::figure).toList());
    }

    @Test
    void movingAFigureAwayFromZeroIsMajor() {
        Filing clean = filing().loans("100000.00", "0.00").build();
        assertFalse(MajorAdjustment.isMajor(clean, clean));
        assertTrue(MajorAdjustment.isMajor(clean, filing().loans("100000.00", "0.01").build()));
    }

    private static QualityFinding finding(String rule, String npl) {
        return new QualityFinding(rule, "$.loans.grades", "moved", Map.of("npl", dec(npl)));
    }
}
