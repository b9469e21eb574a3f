package cn.npa.report.domain.rollup;

import static cn.npa.report.domain.FiguresBuilder.loans;
import static cn.npa.report.domain.FiguresBuilder.m;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.npa.report.domain.Register;
import cn.npa.report.domain.figures.Figures;
import cn.npa.report.domain.figures.Money;
import cn.npa.report.domain.tree.Hierarchy;
import cn.npa.report.domain.tree.InstitutionKind;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CoverageTest {

    private final Hierarchy h = Register.small().hierarchy();

    private static final Map<String, BigDecimal> PREVIOUS_LOANS = Map.of("A-GD-SZ1", m("1000.00"), "A-GD-SZ2", m("500.00"),
            "A-GD-GZ", m("2000.00"), "A-BJ-1", m("3000.00"), "B-SZ", m("400.00"));

    /** Every sub-branch expected; A-GD-SZ2 has not filed. */
    private static Map<String, ObligationStatus> expected(ObligationStatus sz2) {
        Map<String, ObligationStatus> e = new HashMap<>(Map.of("A-GD-SZ1", ObligationStatus.SUBMITTED_ON_TIME,
                "A-GD-GZ", ObligationStatus.OVERDUE, "A-BJ-1", ObligationStatus.SUBMITTED_ON_TIME, "B-SZ", ObligationStatus.SUBMITTED_ON_TIME));
        e.put("A-GD-SZ2", sz2);
        return e;
    }

    private static Map<String, Figures> filingsWithoutSz2() {
        Map<String, Figures> f = RollupTest.leafFilings();
        f.remove("A-GD-SZ2");
        return f;
    }

    private static BigDecimal share(String filed, String total) {
        return m(filed).divide(m(total), Money.RATIO);
    }

    @Test
    void lateBranchMakesItsParentsRollupsProvisional_R1() {
        Coverages c = new Coverages(BankRollup.of(h, filingsWithoutSz2()),
                new Expectations(expected(ObligationStatus.OVERDUE), PREVIOUS_LOANS));

        Coverage gd = c.of("A-GD");
        assertTrue(gd.provisional());
        assertEquals(3, gd.expectedUnits());
        assertEquals(2, gd.filedUnits());
        assertEquals(share("3000.00", "3500.00"), gd.loanShare());
        assertEquals(List.of(new MissingUnit("A-GD-SZ2", InstitutionKind.SUB_BRANCH, "A-GD", ObligationStatus.OVERDUE)),
                gd.missing());

        Coverage bank = c.of("BANK-A");
        assertTrue(bank.provisional());
        assertEquals(4, bank.expectedUnits());
        assertEquals(3, bank.filedUnits());
        assertEquals(share("6000.00", "6500.00"), bank.loanShare());

        Coverage bureau = c.ofRegulator("BUR-44");
        assertTrue(bureau.provisional());
        assertEquals(share("3400.00", "3900.00"), bureau.loanShare());
        assertEquals(share("3", "4"), bureau.unitShare());

        assertFalse(c.ofRegulator("BUR-11").provisional(), "Beijing is complete");
        assertFalse(c.of("BANK-B").provisional());
        assertEquals(0, BigDecimal.ONE.compareTo(c.ofRegulator("BUR-11").loanShare()));
    }

    @Test
    void waivedUnitIsNotExpected_R1_D4() {
        Coverages c = new Coverages(BankRollup.of(h, filingsWithoutSz2()),
                new Expectations(expected(ObligationStatus.WAIVED), PREVIOUS_LOANS));
        Coverage gd = c.of("A-GD");
        assertFalse(gd.provisional());
        assertEquals(2, gd.expectedUnits());
        // the waived unit's book is still outside the figure, and the loan share says so
        assertEquals(share("3000.00", "3500.00"), gd.loanShare());
    }

    @Test
    void missingUnitsAreListedAtEachLevel_R1() {
        Map<String, ObligationStatus> e = expected(ObligationStatus.OPEN);
        e.put("A-GD", ObligationStatus.OVERDUE);
        Coverages c = new Coverages(BankRollup.of(h, filingsWithoutSz2()), new Expectations(e, PREVIOUS_LOANS));
        Map<InstitutionKind, List<MissingUnit>> byLevel = c.ofRegulator("CBRC").missingByLevel();
        assertEquals(List.of("A-GD"), byLevel.get(InstitutionKind.BRANCH_GRADE_ONE).stream().map(MissingUnit::code).toList());
        assertEquals(List.of("A-GD-SZ2"), byLevel.get(InstitutionKind.SUB_BRANCH).stream().map(MissingUnit::code).toList());
        assertEquals(ObligationStatus.OPEN, byLevel.get(InstitutionKind.SUB_BRANCH).get(0).status());
    }

    @Test
    void filedParentCoversItsSubtreeButItsQ4ComparisonIsProvisional_R1_Q4() {
        Map<String, Figures> f = filingsWithoutSz2();
        f.put("BANK-A", loans("5850.00", "650.00").build());
        Map<String, ObligationStatus> e = expected(ObligationStatus.OVERDUE);
        e.put("BANK-A", ObligationStatus.SUBMITTED_ON_TIME);
        Coverages c = new Coverages(BankRollup.of(h, f), new Expectations(e, PREVIOUS_LOANS));

        Coverage bank = c.of("BANK-A");
        assertFalse(bank.provisional(), "the head office's own filing is its figure");
        assertEquals(1, bank.filedUnits());
        Coverage children = c.ofChildren("BANK-A");
        assertTrue(children.provisional());
        assertEquals(List.of("A-GD-SZ2"), children.missing().stream().map(MissingUnit::code).toList());
        assertFalse(c.ofRegulator("CBRC").provisional());
        assertTrue(c.ofRegulator("BUR-44").provisional(), "the bureau sums A-GD from its sub-branches");
    }

    @Test
    void shareIsNullWithoutPreviousLoans_R1() {
        Coverages c = new Coverages(BankRollup.of(h, filingsWithoutSz2()),
                new Expectations(expected(ObligationStatus.OVERDUE), Map.of()));
        assertEquals(null, c.of("A-GD").loanShare());
        assertEquals(share("2", "3"), c.of("A-GD").unitShare());
    }
}
