package cn.npa.submission.domain.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rules relating a row to the register: kind table, validity coverage, overlap, cycles, province of the supervisor. */
class RegisterRulesTest {

    private final Map<String, List<Institution>> register = new HashMap<>();

    RegisterRulesTest() {
        add(Inst.cbrc().build());
        add(Inst.bureau("BUR-440000", "440000").build());
        add(Inst.bureau("BUR-110000", "110000").build());
        add(Inst.subBureau("SUB-440100", "BUR-440000", "440100").build());
        add(Inst.headOffice("CC0001", "BUR-440000").build());
        add(Inst.gradeOne("CC0001-440000", "CC0001", "BUR-440000").build());
    }

    private void add(Institution i) {
        register.computeIfAbsent(i.code(), c -> new ArrayList<>()).add(i);
    }

    private List<String> check(Institution row) {
        add(row);
        return RegisterRules.check(row, c -> register.getOrDefault(c, List.of()), "$").stream().map(e -> e.rule() + "@" + e.path()).toList();
    }

    @Test
    void aBranchUnderAGradeOneBranchSupervisedByASubBureauPasses() {
        assertEquals(List.of(), check(Inst.branch("CC0001-440000-01", "CC0001-440000", "SUB-440100").region("440100").build()));
    }

    @Test
    void parentMustExist() {
        assertEquals(List.of("REG-PARENT@$.parentCode"), check(Inst.branch("B-1", "NOPE", "SUB-440100").build()));
    }

    @Test
    void parentKindFollowsTheTable() {
        // a branch's parent must be a grade-one branch, not a head office
        assertEquals(List.of("REG-PARENT@$.parentCode"), check(Inst.branch("B-2", "CC0001", "SUB-440100").build()));
        // a sub-branch may hang under a grade-one branch directly
        assertEquals(List.of(), check(Inst.subBranch("S-2", "CC0001-440000", "BUR-440000").build()));
    }

    @Test
    void supervisorKindFollowsTheTable() {
        // a grade-one branch is supervised by a bureau, not a sub-bureau
        assertEquals(List.of("REG-SUPERVISOR@$.supervisorCode"), check(Inst.gradeOne("CC0001-440001", "CC0001", "SUB-440100").build()));
        // a bank cannot supervise
        assertEquals(List.of("REG-SUPERVISOR@$.supervisorCode"), check(Inst.subBranch("S-3", "CC0001-440000", "CC0001").build()));
        // a head office may be supervised by the CBRC or by a bureau
        assertEquals(List.of(), check(Inst.headOffice("LC0001", "CBRC").build()));
    }

    @Test
    void aGradeOneBranchIsSupervisedByTheBureauOfItsProvince() {
        assertEquals(List.of("REG-SUPERVISOR@$.supervisorCode"), check(Inst.gradeOne("CC0001-110000", "CC0001", "BUR-440000").region("110000").build()));
        assertEquals(List.of(), check(Inst.gradeOne("CC0001-110001", "CC0001", "BUR-110000").region("110000").build()));
    }

    @Test
    void aSubBureauIsSupervisedByItsOwnBureau() {
        assertEquals(List.of("REG-SUPERVISOR@$.supervisorCode"),
                check(Inst.subBureau("SUB-440200", "BUR-440000", "440200").supervisor("BUR-110000").build()));
    }

    @Test
    void parentMustBeValidOverTheChildsWholeValidity() {
        add(Inst.gradeOne("CC0001-440100", "CC0001", "BUR-440000").from("2010-01-01").to("2020-12-31").build());
        assertEquals(List.of("REG-PARENT@$.parentCode"),
                check(Inst.branch("B-3", "CC0001-440100", "SUB-440100").from("2015-01-01").build()));
        assertEquals(List.of(), check(Inst.branch("B-4", "CC0001-440100", "SUB-440100").from("2015-01-01").to("2020-12-31").build()));
        assertEquals(List.of("REG-PARENT@$.parentCode"),
                check(Inst.branch("B-5", "CC0001-440100", "SUB-440100").from("2009-06-01").to("2012-12-31").build()));
    }

    @Test
    void parentValidityMaySpanSeveralIntervals() {
        add(Inst.gradeOne("CC0001-440200", "CC0001", "BUR-440000").from("2010-01-01").to("2015-12-31").build());
        add(Inst.gradeOne("CC0001-440200", "CC0001", "BUR-440000").from("2016-01-01").build());
        assertEquals(List.of(), check(Inst.branch("B-6", "CC0001-440200", "SUB-440100").from("2012-01-01").build()));
    }

    @Test
    void intervalsOfOneCodeMustNotOverlap() {
        add(Inst.branch("B-7", "CC0001-440000", "SUB-440100").from("2000-01-01").to("2026-06-30").build());
        assertEquals(List.of("REG-OVERLAP@$.validFrom"), check(Inst.branch("B-7", "CC0001-440000", "SUB-440100").from("2026-06-30").build()));
        register.get("B-7").remove(register.get("B-7").size() - 1);
        assertEquals(List.of(), check(Inst.branch("B-7", "CC0001-440000", "SUB-440100").from("2026-07-01").build()));
    }

    @Test
    void aLoopInTheParentChainIsACycle() {
        // Kinds make loops impossible in a consistent register, so build one from rows whose kinds were bent.
        register.clear();
        add(Inst.cbrc().build());
        add(Inst.bureau("BUR-440000", "440000").build());
        add(Inst.branch("X-1", "X-2", "BUR-440000").kind(InstitutionKind.BRANCH).build());
        Institution x2 = Inst.branch("X-2", "X-1", "BUR-440000").kind(InstitutionKind.BRANCH).build();
        List<String> found = check(x2);
        assertTrue(found.contains("REG-CYCLE@$.parentCode"), found.toString());
    }
}
