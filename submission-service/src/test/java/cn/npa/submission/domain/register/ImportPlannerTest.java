package cn.npa.submission.domain.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Import planning: new, changed and unchanged rows; duplicates; changes that would break existing rows. */
class ImportPlannerTest {

    private static final List<Institution> BASE = List.of(Inst.cbrc().build(), Inst.bureau("BUR-440000", "440000").build(),
            Inst.headOffice("CC0001", "BUR-440000").build(), Inst.gradeOne("CC0001-440000", "CC0001", "BUR-440000").build());

    private static ImportPlanner.Incoming in(int row, Inst i) {
        return new ImportPlanner.Incoming("rows[" + row + "]", i.build());
    }

    @Test
    void reImportingTheSameRowsChangesNothing() {
        List<ImportPlanner.Incoming> same = BASE.stream().map(i -> new ImportPlanner.Incoming("rows[1]", i)).toList();
        ImportPlanner.Plan plan = ImportPlanner.plan(BASE, same);
        assertEquals(0, plan.inserts().size());
        assertEquals(0, plan.updates().size());
        assertEquals(4, plan.unchanged());
        assertTrue(plan.errors().isEmpty());
    }

    @Test
    void newAndChangedRowsAreSeparated() {
        ImportPlanner.Plan plan = ImportPlanner.plan(BASE, List.of(
                in(1, Inst.headOffice("CC0001", "BUR-440000").peer(PeerGroup.RURAL_COMMERCIAL)),
                in(2, Inst.subBranch("CC0001-440000-001", "CC0001-440000", "BUR-440000"))));
        assertEquals(List.of("CC0001-440000-001"), plan.inserts().stream().map(Institution::code).toList());
        assertEquals(List.of("CC0001"), plan.updates().stream().map(Institution::code).toList());
    }

    @Test
    void aRowTwiceInOneImportIsADuplicate() {
        ImportPlanner.Plan plan = ImportPlanner.plan(BASE, List.of(
                in(1, Inst.subBranch("S-1", "CC0001-440000", "BUR-440000")),
                in(2, Inst.subBranch("S-1", "CC0001-440000", "BUR-440000"))));
        assertEquals(List.of("REG-DUPLICATE@rows[2].code"), plan.errors().stream().map(e -> e.rule() + "@" + e.path()).toList());
    }

    @Test
    void rowsMayReferToRowsLaterInTheSameImport() {
        ImportPlanner.Plan plan = ImportPlanner.plan(BASE, List.of(
                in(1, Inst.branch("CC0001-440000-01", "CC0001-440000", "SUB-440100")),
                in(2, Inst.subBureau("SUB-440100", "BUR-440000", "440100"))));
        assertTrue(plan.errors().isEmpty(), plan.errors().toString());
    }

    @Test
    void closingAParentThatStillHasChildrenIsRefused() {
        ImportPlanner.Plan plan = ImportPlanner.plan(BASE, List.of(in(1, Inst.headOffice("CC0001", "BUR-440000").to("2025-12-31"))));
        assertEquals(List.of("REG-PARENT@register.CC0001-440000.parentCode"),
                plan.errors().stream().map(e -> e.rule() + "@" + e.path()).toList());
    }
}
