package cn.npa.submission.domain.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tree questions answered from memory: effective dating, jurisdiction across supervisors, maximal nodes. */
class RegisterIndexTest {

    private static final LocalDate MAY = LocalDate.of(2026, 5, 15);
    private static final LocalDate JULY = LocalDate.of(2026, 7, 15);

    private final RegisterIndex index = new RegisterIndex(List.of(
            Inst.cbrc().build(),
            Inst.bureau("BUR-440000", "440000").build(),
            Inst.subBureau("SUB-440500", "BUR-440000", "440500").build(),
            Inst.headOffice("HO", "CBRC").build(),
            Inst.gradeOne("HO-GD", "HO", "BUR-440000").build(),
            Inst.branch("HO-GD-ST", "HO-GD", "SUB-440500").build(),
            Inst.subBranch("HO-GD-ST-1", "HO-GD-ST", "SUB-440500").build(),
            Inst.subBranch("HO-GD-M", "HO-GD", "BUR-440000").to("2026-05-31").build(),
            Inst.subBranch("HO-GD-M", "HO-GD-ST", "SUB-440500").from("2026-06-01").build()));

    private static List<String> codes(List<Institution> rows) {
        return rows.stream().map(Institution::code).toList();
    }

    @Test
    void aBranchMovedInJuneHangsUnderItsOldParentInMayAndItsNewOneInJuly() {
        assertEquals(List.of("HO-GD-M", "HO-GD-ST"), codes(index.children("HO-GD", MAY)));
        assertEquals(List.of("HO-GD-ST"), codes(index.children("HO-GD", JULY)));
        assertEquals(List.of("HO-GD-ST", "HO-GD", "HO"), codes(index.ancestors("HO-GD-M", JULY)));
        assertEquals(List.of("HO-GD", "HO"), codes(index.ancestors("HO-GD-M", MAY)));
    }

    @Test
    void subtreeIsLevelByLevelEachLevelByCode() {
        assertEquals(List.of("HO", "HO-GD", "HO-GD-ST", "HO-GD-M", "HO-GD-ST-1"), codes(index.subtree("HO", JULY)));
        assertEquals(List.of(), codes(index.subtree("NOPE", JULY)));
    }

    @Test
    void jurisdictionFollowsSupervisorsDownTheRegulatorTree() {
        assertEquals(List.of("HO-GD", "HO-GD-M", "HO-GD-ST", "HO-GD-ST-1"), codes(index.jurisdiction("BUR-440000", JULY)));
        assertEquals(List.of("HO-GD-M", "HO-GD-ST", "HO-GD-ST-1"), codes(index.jurisdiction("SUB-440500", JULY)));
        assertEquals(List.of("HO-GD-ST", "HO-GD-ST-1"), codes(index.jurisdiction("SUB-440500", MAY)));
        assertTrue(index.inJurisdiction("HO-GD-ST-1", "BUR-440000", JULY));
        assertFalse(index.inJurisdiction("HO", "BUR-440000", JULY));
    }

    @Test
    void maximalNodesCountNothingTwice() {
        assertEquals(List.of("HO-GD"), codes(index.maximalNodes("BUR-440000", JULY)));
        assertEquals(List.of("HO-GD-ST"), codes(index.maximalNodes("SUB-440500", JULY)));
        // In May the moved sub-branch still hangs under the grade-one branch, outside the sub-bureau: it is maximal there.
        assertEquals(List.of("HO"), codes(index.maximalNodes("CBRC", MAY)));
    }

    @Test
    void isWithinWalksTheTreeAtTheDate() {
        assertTrue(index.isWithin("HO-GD-M", "HO-GD-ST", JULY));
        assertFalse(index.isWithin("HO-GD-M", "HO-GD-ST", MAY));
        assertTrue(index.isWithin("SUB-440500", "BUR-440000", JULY));
        assertFalse(index.isWithin("NOPE", "NOPE", JULY));
    }
}
