package cn.npa.datagen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The generator is deterministic, orders parents first, and has the national register's proportions. */
class RegisterGeneratorTest {

    @Test
    void theSameSeedGivesTheSameRegister() {
        assertEquals(RegisterGenerator.generate(7, RegisterScale.DEMO), RegisterGenerator.generate(7, RegisterScale.DEMO));
        assertNotEquals(RegisterGenerator.generate(7, RegisterScale.DEMO), RegisterGenerator.generate(8, RegisterScale.DEMO));
    }

    @Test
    void parentsAndSupervisorsComeBeforeTheirChildren() {
        Set<String> seen = new HashSet<>();
        for (InstitutionRow r : RegisterGenerator.generate(2004, RegisterScale.DEMO)) {
            assertTrue(r.parentCode() == null || seen.contains(r.parentCode()), r.code());
            assertTrue(r.supervisorCode() == null || seen.contains(r.supervisorCode()), r.code());
            assertTrue(seen.add(r.code()), "duplicate " + r.code());
        }
    }

    @Test
    void theNationalRegisterHasTheScaleOfTheSpec() {
        List<InstitutionRow> rows = RegisterGenerator.generate(2004, RegisterScale.NATIONAL);
        Map<String, Long> byKind = rows.stream().collect(Collectors.groupingBy(InstitutionRow::kind, Collectors.counting()));
        assertEquals(1, byKind.get("REGULATOR_NATIONAL"));
        assertEquals(36, byKind.get("REGULATOR_BUREAU"));
        assertTrue(byKind.get("REGULATOR_SUB_BUREAU") >= 280 && byKind.get("REGULATOR_SUB_BUREAU") <= 340, byKind.toString());
        assertEquals(4600, byKind.get("BANK_HEAD_OFFICE"));
        long outlets = byKind.get("BRANCH_GRADE_ONE") + byKind.get("BRANCH") + byKind.get("SUB_BRANCH");
        assertTrue(outlets >= 220_000 && outlets <= 240_000, "outlets " + outlets);
    }

    @Test
    void theDemoCoversTheMajorMarkets() {
        Set<String> regions = RegisterGenerator.generate(2004, RegisterScale.DEMO).stream()
                .filter(r -> r.kind().equals("BRANCH_GRADE_ONE")).map(InstitutionRow::regionCode).collect(Collectors.toSet());
        assertTrue(regions.containsAll(List.of("440000", "310000", "110000")), regions.toString());
    }

    @Test
    void demoBranchesOfAProvinceWithSubBureausAreSupervisedByASubBureauOfItsBureau() {
        List<InstitutionRow> rows = RegisterGenerator.generate(2004, RegisterScale.DEMO);
        Map<String, InstitutionRow> byCode = rows.stream().collect(Collectors.toMap(InstitutionRow::code, r -> r));
        List<InstitutionRow> guangdong = rows.stream().filter(r -> r.kind().equals("BRANCH"))
                .filter(r -> byCode.get(r.parentCode()).regionCode().equals("440000")).toList();
        assertEquals(10, guangdong.size(), "two branches under each of the five Guangdong grade-one branches");
        for (InstitutionRow branch : guangdong) {
            InstitutionRow supervisor = byCode.get(branch.supervisorCode());
            assertEquals("REGULATOR_SUB_BUREAU", supervisor.kind(), branch.code());
            assertEquals("BUR-440000", supervisor.parentCode(), branch.code());
            assertEquals("BUR-440000", byCode.get(branch.parentCode()).supervisorCode(), "its grade-one branch answers to the bureau");
        }
    }
}
