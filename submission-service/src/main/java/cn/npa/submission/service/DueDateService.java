package cn.npa.submission.service;

import cn.npa.common.problem.FieldError;
import cn.npa.common.problem.ProblemException;
import cn.npa.common.problem.RuleId;
import cn.npa.submission.config.DeadlineConfig;
import cn.npa.submission.domain.deadline.BranchDeadlineRule;
import cn.npa.submission.domain.deadline.Deadline;
import cn.npa.submission.domain.deadline.DeadlineRules;
import cn.npa.submission.domain.deadline.WorkingCalendar;
import cn.npa.submission.domain.period.ReportPeriod;
import cn.npa.submission.domain.period.ReportType;
import cn.npa.submission.repository.BranchDeadlineRuleRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Answers "when is it due?" from the stored calendar and bureau rules, through the pure {@link DeadlineRules}. */
@ApplicationScoped
public class DueDateService {

    private final CalendarService calendars;
    private final BranchDeadlineRuleRepository rules;
    private final DeadlineConfig config;

    public DueDateService(CalendarService calendars, BranchDeadlineRuleRepository rules, DeadlineConfig config) {
        this.calendars = calendars;
        this.rules = rules;
        this.config = config;
    }

    /**
     * Due dates of every head-office and bureau report type for a period, plus, when {@code bureauCode} is given,
     * the branch report types under that bureau's rules.
     */
    @Transactional
    public List<DueDate> forPeriod(String periodText, String bureauCode) {
        ReportPeriod period = parse(periodText);
        WorkingCalendar calendar = calendars.calendarFrom(period.end(), period.end().plusDays(BranchDeadlineRule.MAX_DUE_DAYS));
        List<BranchDeadlineRule> bureauRules = bureauCode == null ? List.of() : rules.ofBureau(bureauCode);
        return Arrays.stream(ReportType.values())
                .filter(t -> t.takes(period) && (bureauCode != null || !t.isBranchReport()))
                .map(t -> {
                    Optional<Deadline> d = DeadlineRules.due(t, period, null, bureauCode, bureauRules, calendar);
                    return new DueDate(t, period.toString(), d, d.map(x -> loaded(calendar, x)).orElse(true));
                })
                .toList();
    }

    /** The due date of a MAJOR_CHANGE report detected on a date (the configured number of working days later). */
    @Transactional
    public DueDate majorChange(LocalDate detectedOn) {
        WorkingCalendar calendar = calendars.calendarFrom(detectedOn, detectedOn.plusDays(60));
        Deadline d = DeadlineRules.majorChange(detectedOn, config.majorChangeWorkingDays(), calendar);
        boolean loaded = calendar.isLoaded(detectedOn.getYear()) && loaded(calendar, d);
        return new DueDate(ReportType.MAJOR_CHANGE, null, Optional.of(d), loaded);
    }

    private static boolean loaded(WorkingCalendar calendar, Deadline d) {
        return calendar.isLoaded(d.nominalDate().getYear()) && calendar.isLoaded(d.dueDate().getYear());
    }

    private static ReportPeriod parse(String text) {
        try {
            return ReportPeriod.parse(text);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("The period cannot be read.", List.of(new FieldError(RuleId.PERIOD, "period", e.getMessage())));
        }
    }
}
