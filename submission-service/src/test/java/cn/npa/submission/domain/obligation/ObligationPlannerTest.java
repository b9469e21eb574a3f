package cn.npa.submission.domain.obligation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.npa.submission.domain.deadline.BranchDeadlineRule;
import cn.npa.submission.domain.deadline.WorkingCalendar;
import cn.npa.submission.domain.period.ReportPeriod;
import cn.npa.submission.domain.period.ReportType;
import cn.npa.submission.domain.register.Inst;
import cn.npa.submission.domain.register.RegisterIndex;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Which filers owe which report for a period (D4), with branch deadlines only where the bureau set one (D3). */
class ObligationPlannerTest {

    private static final WorkingCalendar WEEKENDS = WorkingCalendar.weekendsOnly();
    private static final List<BranchDeadlineRule> RULES = List.of(
            new BranchDeadlineRule("BUR-A", ReportType.BRANCH_MONTHLY_NPL, 10, LocalDate.of(2026, 1, 1), null),
            new BranchDeadlineRule("BUR-B", ReportType.BRANCH_QUARTERLY_NPA, 25, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30)));

    private static RegisterIndex register() {
        return new RegisterIndex(List.of(Inst.cbrc().build(), Inst.bureau("BUR-A", "440000").build(), Inst.bureau("BUR-B", "320000").build(),
                Inst.subBureau("SUB-A1", "BUR-A", "440100").build(),
                Inst.headOffice("HO1", "CBRC").build(),
                Inst.gradeOne("HO1-A", "HO1", "BUR-A").build(),
                Inst.branch("HO1-A-1", "HO1-A", "SUB-A1").build(),
                Inst.subBranch("HO1-A-1-1", "HO1-A-1", "SUB-A1").to("2026-09-15").build(),
                Inst.gradeOne("HO1-B", "HO1", "BUR-B").region("320000").build(),
                Inst.headOffice("HO2", "BUR-A").to("2026-09-29").build()));
    }

    private static Set<String> owed(ReportPeriod period) {
        return new ObligationPlanner(period, register(), RULES, WEEKENDS).plan().stream()
                .map(p -> p.institutionCode() + " " + p.type()).collect(Collectors.toSet());
    }

    @Test
    void everyActiveFilerOwesItsTypes_branchesOnlyUnderABureauWithARule_D4_D3() {
        assertEquals(Set.of("HO1 BANK_MONTHLY_NPL", "BUR-A BUREAU_MONTHLY_NPL", "BUR-B BUREAU_MONTHLY_NPL",
                "HO1-A BRANCH_MONTHLY_NPL", "HO1-A-1 BRANCH_MONTHLY_NPL"), owed(ReportPeriod.month(2026, 9)));
    }

    @Test
    void aFilerClosedBeforeThePeriodEndOwesNothing_butOwedEarlierPeriods_D4() {
        assertTrue(owed(ReportPeriod.month(2026, 8)).containsAll(Set.of("HO2 BANK_MONTHLY_NPL", "HO1-A-1-1 BRANCH_MONTHLY_NPL")));
        assertTrue(owed(ReportPeriod.month(2026, 9)).stream().noneMatch(s -> s.startsWith("HO2 ") || s.startsWith("HO1-A-1-1 ")));
    }

    @Test
    void theBranchRuleInForceOnThePeriodEndDecides_D3() {
        assertTrue(owed(ReportPeriod.quarter(2026, 2)).contains("HO1-B BRANCH_QUARTERLY_NPA"));
        assertTrue(owed(ReportPeriod.quarter(2026, 3)).stream().noneMatch(s -> s.contains("BRANCH_QUARTERLY_NPA")));
    }

    @Test
    void aSubBureauBranchIsBoundByTheBureauAboveIt_D3() {
        PlannedObligation p = new ObligationPlanner(ReportPeriod.month(2026, 9), register(), RULES, WEEKENDS)
                .planOne("HO1-A-1", ReportType.BRANCH_MONTHLY_NPL).orElseThrow();
        assertEquals("BUR-A", p.bureauCode());
        assertEquals("SUB-A1", p.supervisorCode());
        assertEquals("HO1", p.headOfficeCode());
        assertEquals(LocalDate.of(2026, 10, 12), p.deadline().dueDate()); // 10 Oct is a Saturday: rolled to Monday (D2)
    }

    @Test
    void majorChangeIsNeverOwedPerPeriod_D4() {
        for (ReportPeriod p : List.of(ReportPeriod.month(2026, 9), ReportPeriod.quarter(2026, 3), ReportPeriod.year(2026))) {
            assertTrue(owed(p).stream().noneMatch(s -> s.endsWith("MAJOR_CHANGE")));
        }
    }

    @Test
    void decemberQ4AndTheYearAreAllDueInTheSameJanuary_D4() {
        ReportPeriod[] periods = {ReportPeriod.month(2025, 12), ReportPeriod.quarter(2025, 4), ReportPeriod.year(2025)};
        String[] due = {"2026-01-15", "2026-01-20", "2026-01-30"};
        for (int k = 0; k < periods.length; k++) {
            PlannedObligation p = new ObligationPlanner(periods[k], register(), RULES, WEEKENDS).plan().stream()
                    .filter(o -> o.institutionCode().equals("HO1")).findFirst().orElseThrow();
            assertEquals(LocalDate.parse(due[k]), p.deadline().dueDate(), periods[k].toString());
        }
    }

    @Test
    void majorChangeIsDueWorkingDaysAfterDetection() {
        PlannedObligation p = ObligationPlanner.majorChange(Inst.headOffice("HO1", "CBRC").build(), null, LocalDate.of(2026, 10, 9), 5,
                WEEKENDS, "NPL ratio up 3 pp");
        assertEquals("2026-10-09", p.period());
        assertEquals(LocalDate.of(2026, 10, 16), p.deadline().dueDate());
    }
}
