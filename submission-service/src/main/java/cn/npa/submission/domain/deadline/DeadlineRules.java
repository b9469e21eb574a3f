package cn.npa.submission.domain.deadline;

import cn.npa.submission.domain.period.PeriodKind;
import cn.npa.submission.domain.period.ReportPeriod;
import cn.npa.submission.domain.period.ReportType;
import cn.npa.submission.domain.register.InstitutionKind;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;

/**
 * Deadline arithmetic of Art. 18 and D1-D3: the nominal due date of a report for a period, rolled forward to a working
 * day. Pure functions; obligations, the overdue job and filings build on {@link #due}.
 */
public final class DeadlineRules {

    /** "每月15日前": the 15th of the next month, i.e. 15 days after the month's last day. */
    public static final int MONTHLY_DAYS = 15;
    /** "季后20日之前": 20 calendar days after the quarter's last day (Q3 2026: 2026-10-20). */
    public static final int QUARTERLY_DAYS = 20;
    /** "年后30日之前": 30 calendar days after the year's last day (2026: 2027-01-30). */
    public static final int ANNUAL_DAYS = 30;

    private DeadlineRules() {
    }

    /** Art. 18 para. 1 days after the period end for head-office and bureau reports. */
    public static int art18Days(PeriodKind kind) {
        return switch (kind) {
            case MONTH -> MONTHLY_DAYS;
            case QUARTER -> QUARTERLY_DAYS;
            case YEAR -> ANNUAL_DAYS;
        };
    }

    /**
     * The deadline of a periodic report.
     *
     * @param bureauCode the bureau whose rules bind the filer (for branches: the provincial bureau of their
     *                   jurisdiction); ignored for head-office and bureau reports
     * @param branchRules the bureaus' branch rules (any bureaus, any validity; the one in force on the period end applies)
     * @return empty for a branch report when the bureau set no rule in force on the period's last day (D3)
     * @throws IllegalArgumentException when the type does not take this period or this kind of filer
     */
    public static Optional<Deadline> due(ReportType type, ReportPeriod period, InstitutionKind filerKind, String bureauCode,
                                         Collection<BranchDeadlineRule> branchRules, WorkingCalendar calendar) {
        if (!type.takes(period)) {
            throw new IllegalArgumentException(type + " is not filed for a period like " + period);
        }
        if (filerKind != null && !type.isFiledBy(filerKind)) {
            throw new IllegalArgumentException(type + " is not filed by a " + filerKind);
        }
        LocalDate end = period.end();
        if (!type.isBranchReport()) {
            return Optional.of(rollForward(end.plusDays(art18Days(period.kind())), Deadline.Source.ART_18, calendar));
        }
        return ruleFor(type, period, bureauCode, branchRules)
                .map(rule -> rollForward(end.plusDays(rule.dueDays()), Deadline.Source.BUREAU_RULE, calendar));
    }

    /** The bureau's rule for a branch report type in force on the period's last day. */
    public static Optional<BranchDeadlineRule> ruleFor(ReportType type, ReportPeriod period, String bureauCode,
                                                       Collection<BranchDeadlineRule> branchRules) {
        if (bureauCode == null) {
            return Optional.empty();
        }
        return branchRules.stream().filter(r -> r.governs(bureauCode, type, period.end())).findFirst();
    }

    /** MAJOR_CHANGE: due {@code workingDays} working days after the day the change was detected (the day itself not counted). */
    public static Deadline majorChange(LocalDate detectedOn, int workingDays, WorkingCalendar calendar) {
        if (workingDays < 1) {
            throw new IllegalArgumentException("a major change needs at least 1 working day");
        }
        LocalDate due = calendar.addWorkingDays(detectedOn, workingDays);
        return new Deadline(due, due, Deadline.Source.MAJOR_CHANGE);
    }

    /** D2: a nominal date on a non-working day moves to the next working day. */
    static Deadline rollForward(LocalDate nominal, Deadline.Source source, WorkingCalendar calendar) {
        return new Deadline(nominal, calendar.nextWorkingDayOnOrAfter(nominal), source);
    }
}
