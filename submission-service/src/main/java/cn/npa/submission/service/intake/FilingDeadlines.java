package cn.npa.submission.service.intake;

import cn.npa.submission.config.DeadlineConfig;
import cn.npa.submission.domain.deadline.BranchDeadlineRule;
import cn.npa.submission.domain.deadline.Deadline;
import cn.npa.submission.domain.deadline.DeadlineRules;
import cn.npa.submission.domain.period.ReportPeriod;
import cn.npa.submission.domain.period.ReportType;
import cn.npa.submission.domain.register.Institution;
import cn.npa.submission.domain.obligation.ObligationPlanner;
import cn.npa.submission.repository.BranchDeadlineRuleRepository;
import cn.npa.submission.service.register.RegisterSnapshot;
import cn.npa.submission.service.CalendarService;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The deadline one filer has for one report (Art. 18, D1-D3): none for a branch report its bureau set no rule for. */
@ApplicationScoped
public class FilingDeadlines {

    private final CalendarService calendars;
    private final BranchDeadlineRuleRepository rules;
    private final RegisterSnapshot snapshot;
    private final DeadlineConfig config;

    public FilingDeadlines(CalendarService calendars, BranchDeadlineRuleRepository rules, RegisterSnapshot snapshot,
                           DeadlineConfig config) {
        this.calendars = calendars;
        this.rules = rules;
        this.snapshot = snapshot;
        this.config = config;
    }

    public Optional<Deadline> of(ReportType type, String period, Institution filer) {
        if (type == ReportType.MAJOR_CHANGE) {
            LocalDate detected = LocalDate.parse(period);
            return Optional.of(DeadlineRules.majorChange(detected, config.majorChangeWorkingDays(),
                    calendars.calendarFrom(detected, detected.plusDays(60))));
        }
        ReportPeriod p = ReportPeriod.parse(period);
        String bureau = type.isBranchReport() ? provincialBureau(filer, p.end()) : null;
        List<BranchDeadlineRule> bureauRules = bureau == null ? List.of() : rules.ofBureau(bureau);
        return DeadlineRules.due(type, p, filer.kind(), bureau, bureauRules,
                calendars.calendarFrom(p.end(), p.end().plusDays(BranchDeadlineRule.MAX_DUE_DAYS)));
    }

    /**
     * A branch is bound by the rules of its provincial bureau: its supervisor, or the nearest bureau above it
     * (docs/deadlines.md 7); the same answer the obligation planner gives, so a receipt without a deadline means no obligation.
     */
    private String provincialBureau(Institution filer, LocalDate end) {
        return filer.supervisorCode() == null ? null : ObligationPlanner.bureauOf(snapshot.index(), filer.supervisorCode(), end).orElse(null);
    }
}
