package cn.npa.submission.service;

import cn.npa.common.problem.FieldError;
import cn.npa.common.problem.ProblemException;
import cn.npa.common.problem.RuleId;
import cn.npa.submission.domain.deadline.BranchDeadlineRule;
import cn.npa.submission.domain.deadline.WorkingCalendar;
import cn.npa.submission.domain.obligation.ObligationPlanner;
import cn.npa.submission.domain.obligation.PlannedObligation;
import cn.npa.submission.domain.period.ReportPeriod;
import cn.npa.submission.repository.BranchDeadlineRuleRepository;
import cn.npa.submission.repository.ObligationWriter;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import cn.npa.submission.service.register.RegisterSnapshot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/** Generates the obligations of ended periods (D4): on demand for one period, or daily for the periods that just ended. */
@ApplicationScoped
public class ObligationGenerator {

    private static final Logger LOG = Logger.getLogger(ObligationGenerator.class);
    private final RegisterSnapshot snapshot;
    private final BranchDeadlineRuleRepository rules;
    private final CalendarService calendars;
    private final ObligationWriter writer;
    private final Clock clock;

    public ObligationGenerator(RegisterSnapshot snapshot, BranchDeadlineRuleRepository rules, CalendarService calendars,
                               ObligationWriter writer, Clock clock) {
        this.clock = clock;
        this.snapshot = snapshot;
        this.rules = rules;
        this.calendars = calendars;
        this.writer = writer;
    }

    /** What one generation did. */
    public record Result(String period, int planned, int created, long millis) {
    }

    /** Generates (idempotently) the obligations of a period that has ended by {@code today}; existing ones are kept as they are. */
    @Transactional
    @TransactionConfiguration(timeout = 900)
    public Result generate(String periodText, LocalDate today) {
        ReportPeriod period = parse(periodText);
        if (!period.hasEnded(today)) {
            throw ProblemException.invalid("Obligations are generated once a period has ended.", List.of(new FieldError(
                    RuleId.PERIOD_NOT_ENDED, "period", period + " ends on " + period.end() + "; it has not ended on " + today)));
        }
        writer.lockPeriod(period.toString());
        return run(period);
    }

    /**
     * The daily job: the latest ended month, quarter and year, each generated once (a period already in the
     * generation log is skipped; replicas wait on a per-period lock, then skip). Each period in its own transaction.
     */
    public List<Result> generateEnded(LocalDate today) {
        List<Result> out = new ArrayList<>();
        for (ReportPeriod p : latestEnded(today)) {
            Result r = QuarkusTransaction.requiringNew().timeout(900).call(() -> generateOnce(p.toString()));
            if (r != null) {
                out.add(r);
            }
        }
        return out;
    }

    private Result generateOnce(String period) {
        writer.lockPeriod(period);
        return writer.generated(period) ? null : run(ReportPeriod.parse(period));
    }

    /** The month, quarter and year that ended most recently before {@code today}. */
    public static List<ReportPeriod> latestEnded(LocalDate today) {
        YearMonth last = YearMonth.from(today).minusMonths(1);
        int quarter = (today.getMonthValue() - 1) / 3;
        ReportPeriod q = quarter == 0 ? ReportPeriod.quarter(today.getYear() - 1, 4) : ReportPeriod.quarter(today.getYear(), quarter);
        return List.of(ReportPeriod.month(last.getYear(), last.getMonthValue()), q, ReportPeriod.year(today.getYear() - 1));
    }

    private Result run(ReportPeriod period) {
        long start = System.nanoTime();
        List<BranchDeadlineRule> branchRules = rules.all();
        WorkingCalendar calendar = calendars.calendarFrom(period.end(), period.end().plusDays(BranchDeadlineRule.MAX_DUE_DAYS));
        List<PlannedObligation> planned = new ObligationPlanner(period, snapshot.index(), branchRules, calendar).plan();
        int created = writer.insertAll(planned, clock.instant());
        writer.logGeneration(period.toString(), planned.size(), created, clock.instant());
        long millis = (System.nanoTime() - start) / 1_000_000;
        LOG.infof("Obligations of %s: %d owed, %d new, %d ms", period, planned.size(), created, millis);
        return new Result(period.toString(), planned.size(), created, millis);
    }

    static ReportPeriod parse(String text) {
        try {
            return ReportPeriod.parse(text);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("The period cannot be read.", List.of(new FieldError(RuleId.PERIOD, "period", e.getMessage())));
        }
    }
}
