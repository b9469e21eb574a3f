package cn.npa.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.npa.datagen.InstitutionRow;
import cn.npa.datagen.RegisterGenerator;
import cn.npa.datagen.RegisterScale;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The demo's plan, without services: who files what, the one missing filer, the amendment, the climb. */
class DemoPlanTest {

    private static final List<InstitutionRow> REGISTER = RegisterGenerator.generate(EmbeddedRun.SEED, RegisterScale.DEMO);

    @Test
    void guangdongOutletsFileEveryPeriodExceptTheMissingGradeOneBranchInTheLastMonth() {
        DemoPlan plan = DemoPlan.of(REGISTER, EmbeddedRun.SEED, YearMonth.parse("2026-11"));
        assertEquals(List.of("2026-11"), plan.latestPeriods);
        assertEquals(YearMonth.parse("2025-10"), plan.from);
        Map<String, List<String>> periods = periodsByFiler(plan);
        List<String> guangdong = REGISTER.stream().filter(r -> r.code().matches("[A-Z]{2}\\d{4}-440000(-.*)?")).map(InstitutionRow::code).toList();
        assertEquals(35, guangdong.size(), "five grade-one branches of seven units each");
        for (String unit : guangdong) {
            List<String> filed = periods.get(unit);
            assertEquals(unit.equals(DemoPlan.MISSING) ? 17 : 18, filed.size(), unit + " files 14 months and 4 quarters");
            assertEquals(!unit.equals(DemoPlan.MISSING), filed.contains("2026-11"), unit);
        }
        assertTrue(periods.get(DemoPlan.MISSING).contains("2026-10"), "it filed the month before");
        plan.rules.forEach(r -> assertEquals(plan.from.atDay(1), r.validFrom()));
        assertEquals(Set.of("BRANCH_MONTHLY_NPL", "BRANCH_QUARTERLY_NPA"), plan.rules.stream().map(DemoPlan.Rule::reportType).collect(Collectors.toSet()));
    }

    @Test
    void theClimbBankFilesFromItsSubBranchesAndItsHeadOfficeFilesTheirSum() {
        DemoPlan plan = DemoPlan.of(REGISTER, EmbeddedRun.SEED, YearMonth.parse("2026-11"));
        assertEquals("CC0001", plan.climbBank);
        assertEquals(List.of("CC0001", "CC0001-130000", "CC0001-130000-01", "CC0001-130000-01-001"), plan.climbPath);
        assertEquals("SUB-130100", plan.subBureau);
        Set<String> filers = periodsByFiler(plan).keySet().stream().filter(c -> c.startsWith("CC0001")).collect(Collectors.toSet());
        assertEquals(Set.of("CC0001", "CC0001-130000-01-001", "CC0001-130000-01-002", "CC0001-130000-02-001", "CC0001-130000-02-002"), filers);
        plan.byFiler.stream().flatMap(List::stream).filter(f -> f.institution().startsWith("CC0001-"))
                .forEach(f -> assertTrue(f.reportType().startsWith("BRANCH_"), f.key()));
        assertTrue(plan.byFiler.stream().flatMap(List::stream).filter(f -> f.institution().equals("CC0001"))
                .allMatch(f -> f.reportType().startsWith("BANK_")));
    }

    @Test
    void theAmendmentReFilesTheSubBranchAndItsBranchInTheLastMonthAndQuarter() {
        DemoPlan november = DemoPlan.of(REGISTER, EmbeddedRun.SEED, YearMonth.parse("2026-11"));
        assertEquals(List.of(DemoPlan.AMENDED + "/2026-11", "JS0002-440000-01/2026-11"),
                november.amendments.stream().map(f -> f.institution() + "/" + f.period()).toList());
        november.amendments.forEach(f -> {
            assertTrue(f.body().contains("\"amendmentReason\":\"" + DemoPlan.AMENDMENT_REASON + "\""), f.key());
            assertTrue(f.key().endsWith("-v2"), f.key());
        });
        DemoPlan december = DemoPlan.of(REGISTER, EmbeddedRun.SEED, YearMonth.parse("2026-12"));
        assertEquals(List.of("2026-12", "2026-Q4"), december.latestPeriods);
        assertEquals(4, december.amendments.size());
        assertFalse(periodsByFiler(december).get(DemoPlan.MISSING).contains("2026-Q4"));
        assertEquals(december.versionsOf("2026-12"), december.byFiler.stream().flatMap(List::stream)
                .filter(f -> f.period().equals("2026-12")).count() + 2);
    }

    @Test
    void everyHeadOfficeFilesAndEveryKeyIsUsedOnce() {
        DemoPlan plan = DemoPlan.of(REGISTER, EmbeddedRun.SEED, YearMonth.parse("2026-11"));
        Map<String, List<String>> periods = periodsByFiler(plan);
        REGISTER.stream().filter(r -> r.kind().equals("BANK_HEAD_OFFICE"))
                .forEach(ho -> assertEquals(18, periods.get(ho.code()).size(), ho.code()));
        Set<String> keys = new HashSet<>();
        plan.byFiler.stream().flatMap(List::stream).forEach(f -> assertTrue(keys.add(f.key()), f.key()));
        plan.amendments.forEach(f -> assertTrue(keys.add(f.key()), f.key()));
        assertEquals(10 * 18 + 34 * 18 + 17 + 4 * 18 + 2, plan.filings());
    }

    private static Map<String, List<String>> periodsByFiler(DemoPlan plan) {
        return plan.byFiler.stream().flatMap(List::stream)
                .collect(Collectors.groupingBy(DemoPlan.Filing::institution, Collectors.mapping(DemoPlan.Filing::period, Collectors.toList())));
    }
}
