package cn.npa.report.domain.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.npa.report.domain.analysis.AnalysisDocument;
import cn.npa.report.domain.analysis.AnalysisInputs;
import cn.npa.report.domain.rollup.Coverage;
import cn.npa.report.domain.rollup.MissingUnit;
import cn.npa.report.domain.rollup.ObligationStatus;
import cn.npa.report.domain.tree.InstitutionKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The assessment report builder as plain Java: sections from hand-made inputs, no Quarkus. */
class AssessmentBuilderTest {

    private static final LocalDate DUE = LocalDate.of(2063, 10, 30);
    private static final AssessmentInputs.Run RUN = new AssessmentInputs.Run(11, "BUR-440000", "PUBLISHED", "fp", "sha", "the latest PUBLISHED run");

    @Test
    @DisplayName("Art. 20, 23, R1: late filers by status, missing ones from the coverage and overdue slots; provisional first line")
    void art20LateAndMissingFilers() {
        AssessmentReport doc = new AssessmentBuilder().build(inputs(Optional.of(RUN)));
        assertEquals(List.of("SZ2"), doc.filers().late().stream().map(AssessmentReport.FilerRow::institutionCode).toList());
        assertEquals(3, doc.filers().late().get(0).daysLate());
        // GZ1 missing from the rollup and overdue; X overdue on a slot the rollup does not count; CB's OPEN slot is not missing
        assertEquals(List.of("GZ1", "X"), doc.filers().missing().stream().map(AssessmentReport.FilerRow::institutionCode).toList());
        assertEquals(9, doc.filers().missing().get(0).daysLate());
        assertEquals(DUE, doc.filers().missing().get(0).dueDate());
        assertTrue(doc.provisional());
        assertTrue(doc.notice().startsWith("PROVISIONAL: 3 of 4 expected filing units have filed (75.00% of units"), doc.notice());
        assertEquals(RUN, doc.inputs().run());
    }

    @Test
    @DisplayName("§5, Art. 17: only major amendments are listed, each with the reason filed with it; key rules reach the bank rows")
    void majorAdjustmentsWithExplanationsAndKeyRules() {
        AssessmentReport doc = new AssessmentBuilder().build(inputs(Optional.of(RUN)));
        assertEquals(1, doc.majorAdjustments().size());
        AssessmentReport.Adjustment a = doc.majorAdjustments().get(0);
        assertEquals("SZ1", a.adjustment().institutionCode());
        assertEquals(0, new BigDecimal("2").compareTo(a.adjustment().changeRate()));
        assertEquals("reclassified", a.explanation());
        assertEquals(List.of("LA-GD"), doc.keyInstitutions().stream().map(AssessmentReport.KeyRow::code).toList());
        assertEquals(List.of("C1"), doc.keyClients().stream().map(AssessmentReport.KeyRow::code).toList());
        assertEquals(List.of("CB", "LA-GD"), doc.banks().stream().map(AssessmentReport.BankRow::code).toList());
        assertEquals(List.of("K1"), doc.banks().get(1).keyRules());
        assertEquals(List.of(), doc.banks().get(0).keyRules());
        assertEquals("BANK_HEAD_OFFICE, BRANCH_GRADE_ONE", doc.level());
        assertTrue(doc.ownAssessment().filed());
        assertEquals("fine", doc.ownAssessment().evaluation());
    }

    @Test
    @DisplayName("R6: the same inputs give the same document; without a run the first line says so and nothing is guessed")
    void r6SameInputsSameDocumentAndNoRun() {
        assertEquals(new AssessmentBuilder().build(inputs(Optional.of(RUN))), new AssessmentBuilder().build(inputs(Optional.of(RUN))));
        AssessmentReport none = new AssessmentBuilder().build(inputs(Optional.empty()));
        assertTrue(none.notice().endsWith("No assessment run of 2063-Q3 yet: indicators, ranks and key lists are empty."), none.notice());
        assertNull(none.inputs().run());
        assertEquals(List.of(), none.banks());
        assertEquals(List.of(), none.keyInstitutions());
        // the filers' and amendments' sections do not depend on the run
        assertEquals(1, none.filers().lateCount());
        assertEquals(1, none.majorAdjustments().size());
    }

    private static AssessmentInputs inputs(Optional<AssessmentInputs.Run> run) {
        Coverage coverage = new Coverage(4, 3, new BigDecimal("3000"), new BigDecimal("4000"),
                List.of(new MissingUnit("GZ1", InstitutionKind.SUB_BRANCH, "LA-GD", ObligationStatus.OVERDUE)));
        List<AssessmentInputs.Bank> banks = run.isEmpty() ? List.of() : List.of(
                new AssessmentInputs.Bank("LA-GD", "BRANCH_GRADE_ONE", "LARGE_COMMERCIAL", "GD", List.of()),
                new AssessmentInputs.Bank("CB", "BANK_HEAD_OFFICE", "CITY_COMMERCIAL", "GD", List.of()));
        List<AssessmentInputs.KeyEntry> keys = run.isEmpty() ? List.of() : List.of(
                new AssessmentInputs.KeyEntry("INSTITUTION", "LA-GD", null, List.of("K1"), List.of(new AssessmentInputs.Reason("K1", "rank 1")), List.of()),
                new AssessmentInputs.KeyEntry("CLIENT", "C1", "Client 1", List.of("K5"), List.of(), List.of("SZ1")));
        List<AssessmentInputs.FilerStatus> statuses = List.of(
                new AssessmentInputs.FilerStatus("SZ2", "BRANCH_QUARTERLY_NPA", "SUBMITTED_LATE", DUE, 3),
                new AssessmentInputs.FilerStatus("GZ1", "BRANCH_QUARTERLY_NPA", "OVERDUE", DUE, 9),
                new AssessmentInputs.FilerStatus("CB", "BANK_QUARTERLY_NPA", "OPEN", DUE, 0),
                new AssessmentInputs.FilerStatus("X", "MAJOR_CHANGE", "OVERDUE", DUE, 2),
                new AssessmentInputs.FilerStatus("SZ1", "BRANCH_QUARTERLY_NPA", "SUBMITTED_ON_TIME", DUE, 0));
        List<AnalysisInputs.Amendment> amendments = List.of(
                new AnalysisInputs.Amendment("SZ1", "BRANCH_QUARTERLY_NPA", "2063-Q3", 1, 2, "2063-Q3/SZ1#v1", "2063-Q3/SZ1",
                        new BigDecimal("10.00"), new BigDecimal("30.00"), null, null),
                new AnalysisInputs.Amendment("SZ2", "BRANCH_QUARTERLY_NPA", "2063-Q3", 1, 2, "2063-Q3/SZ2#v1", "2063-Q3/SZ2",
                        new BigDecimal("100.00"), new BigDecimal("105.00"), null, null));
        AnalysisInputs.FilerNarrative own = new AnalysisInputs.FilerNarrative("GD", "2063-Q3/GD", "analysis", List.of(), null, null,
                "measures", "fine");
        return new AssessmentInputs(new AnalysisDocument.Subject("GD", "Guangdong Bureau", "REGULATOR_BUREAU"), "2063-Q3", DUE, 3, false,
                coverage, Map.of("LA-GD", "Large Bank A Guangdong Branch"), List.of("BANK_HEAD_OFFICE", "BRANCH_GRADE_ONE"), run, banks, List.of(), keys, statuses, amendments,
                Map.of("2063-Q3/SZ1", "reclassified", "2063-Q3/SZ2", "rounding"), Optional.of(own), List.of());
    }
}
