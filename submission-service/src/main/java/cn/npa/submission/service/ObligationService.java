package cn.npa.submission.service;

import cn.npa.common.problem.FieldError;
import cn.npa.common.problem.ProblemException;
import cn.npa.common.problem.RuleId;
import cn.npa.common.security.Caller;
import cn.npa.common.security.Roles;
import cn.npa.submission.config.DeadlineConfig;
import cn.npa.submission.config.ObligationsConfig;
import cn.npa.submission.domain.deadline.BranchDeadlineRule;
import cn.npa.submission.domain.deadline.Deadline;
import cn.npa.submission.domain.deadline.DeadlineStatus;
import cn.npa.submission.domain.deadline.ObligationStatus;
import cn.npa.submission.domain.obligation.LatenessBook;
import cn.npa.submission.domain.obligation.Obligation;
import cn.npa.submission.domain.obligation.ObligationPlanner;
import cn.npa.submission.domain.obligation.PlannedObligation;
import cn.npa.submission.domain.period.ReportPeriod;
import cn.npa.submission.domain.period.ReportType;
import cn.npa.submission.domain.register.Institution;
import cn.npa.submission.domain.register.RegisterIndex;
import cn.npa.submission.repository.BranchDeadlineRuleRepository;
import cn.npa.submission.repository.ObligationWriter;
import cn.npa.submission.repository.Writes;
import io.quarkus.narayana.jta.QuarkusTransaction;
import cn.npa.submission.service.register.RegisterSnapshot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/** Keeps obligations current: filings (called by the intake), major changes, the overdue sweep (D4-D6) and waivers. */
@ApplicationScoped
public class ObligationService {

    private static final Logger LOG = Logger.getLogger(ObligationService.class);
    private final ObligationWriter writer;
    private final RegisterSnapshot snapshot;
    private final BranchDeadlineRuleRepository rules;
    private final CalendarService calendars;
    private final DeadlineConfig config;
    private final ObligationsConfig jobs;
    private final Clock clock;

    public ObligationService(ObligationWriter writer, RegisterSnapshot snapshot, BranchDeadlineRuleRepository rules,
                             CalendarService calendars, DeadlineConfig config, ObligationsConfig jobs, Clock clock) {
        this.jobs = jobs;
        this.clock = clock;
        this.writer = writer;
        this.snapshot = snapshot;
        this.rules = rules;
        this.calendars = calendars;
        this.config = config;
    }

    /**
     * Records an accepted filing against its obligation (creating the obligation if it was not generated yet) and returns
     * the filing's own timeliness. The first accepted filing decides on time or late (also after OVERDUE); later
     * versions never change that but are recorded as AMENDMENT_LATE when late (D6). Each write to the obligation or its
     * lateness comes with an OBLIGATION_STATUS event in the outbox (docs/feed.md). Calling again for the same version
     * changes nothing. A branch report its bureau set no deadline for has no obligation and is on time (D3).
     *
     * @param period the report period ({@code 2026-09}, {@code 2026-Q3}, {@code 2026}); for MAJOR_CHANGE the detection date
     */
    @Transactional
    public DeadlineStatus recordFiling(String institutionCode, String reportType, String period, int version, Instant receivedAt) {
        Writes writes = new Writes();
        DeadlineStatus status = recordFiling(writer.lockByKey(institutionCode, reportType, period), institutionCode, reportType, period,
                version, receivedAt, true, writes);
        writer.execute(writes);
        return status;
    }

    /**
     * {@link #recordFiling(String, String, String, int, Instant)} for a caller that has already locked the obligation
     * ({@code locked}; empty when none was generated) and sends the resulting writes itself, with its own.
     *
     * @param branchDeadlineKnown false when the filer's bureau sets no deadline for this branch report (D3): then no
     *                            obligation is owed and none is planned; true when there is one or it was not looked up
     */
    public DeadlineStatus recordFiling(Optional<Obligation> locked, String institutionCode, String reportType, String period, int version,
                                       Instant receivedAt, boolean branchDeadlineKnown, Writes writes) {
        ReportType type = ReportType.valueOf(reportType);
        Optional<Obligation> found = locked;
        if (found.isEmpty() && type.isBranchReport() && !branchDeadlineKnown) {
            return DeadlineStatus.onTime();
        }
        if (found.isEmpty()) {
            Optional<PlannedObligation> plan = type == ReportType.MAJOR_CHANGE
                    ? Optional.of(majorChangePlan(institutionCode, LocalDate.parse(period), "filed without a detected change"))
                    : planOne(institutionCode, type, ReportPeriod.parse(period));
            if (plan.isEmpty()) {
                return DeadlineStatus.onTime();
            }
            writer.insertAll(List.of(plan.get()), clock.instant());
            found = writer.lockByKey(institutionCode, type.name(), period);
        }
        Obligation o = found.orElseThrow();
        Deadline deadline = deadline(o);
        if (o.firstVersion() != null && o.firstVersion() == version) {
            return deadline.timeliness(o.firstFiledAt());
        }
        LatenessBook.Outcome outcome = LatenessBook.onFiling(o.status(), o.daysLate(), o.firstFiledAt() != null, deadline, receivedAt);
        if (outcome.original()) {
            writer.recordOriginal(writes, o.id(), version, receivedAt, outcome.status());
        }
        outcome.record().ifPresent(kind -> writer.recordLateness(writes, o.id(), kind, outcome.filing().daysLate(), version, receivedAt));
        // the feed learns of the filing with the obligation's status afterwards (unchanged by an amendment, D6)
        if (outcome.original()) {
            writer.statusEvent(writes, o, outcome.status(), clock.instant());
        } else if (outcome.record().isPresent()) {
            writer.amendmentEvent(writes, o, version, clock.instant());
        }
        LOG.infof("Filing %s %s %s v%d: %s%s", institutionCode, type, period, version, outcome.filing().status(),
                outcome.filing().isLate() ? " (" + outcome.filing().daysLate() + " days)" : "");
        return outcome.filing();
    }

    /**
     * Opens the MAJOR_CHANGE obligation of a change detected on a date (due the configured working days later); idempotent per
     * date. An entity not active that day is an IllegalArgumentException that leaves the caller's transaction usable: it is
     * thrown before anything is written, and the intake files the report anyway.
     */
    @Transactional(dontRollbackOn = IllegalArgumentException.class)
    public Obligation openMajorChange(String institutionCode, LocalDate detectedOn, String reason) {
        writer.insertAll(List.of(majorChangePlan(institutionCode, detectedOn, reason)), clock.instant());
        Obligation o = writer.lockByKey(institutionCode, ReportType.MAJOR_CHANGE.name(), detectedOn.toString()).orElseThrow();
        LOG.infof("Major change of %s detected %s: due %s", institutionCode, detectedOn, o.dueDate());
        return o;
    }

    /** The overdue job (D5): marks open obligations whose deadline passed and records each lateness once; safe on several replicas. */
    public int markOverdue(Instant now) {
        int marked = 0;
        int batch = jobs.overdueBatchSize();
        int[] chunk;
        do {
            chunk = QuarkusTransaction.requiringNew().call(() -> writer.markOverdueChunk(now, batch));
            marked += chunk[0];
        } while (chunk[0] == batch);
        if (marked > 0) {
            LOG.infof("Overdue sweep at %s: %d obligations overdue", now, marked);
        }
        return marked;
    }

    /** A bureau (for its jurisdiction, else 404) or the CBRC excuses an obligation, with a reason. */
    @Transactional
    public Obligation waive(long id, String reason, Caller caller) {
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty() || text.length() > 500) {
            throw ProblemException.invalid("A waiver needs a reason.", List.of(new FieldError(RuleId.WAIVER_REASON, "$.reason",
                    "reason is required, at most 500 characters")));
        }
        Obligation o = writer.lockById(id).orElseThrow(() -> ProblemException.notFound("No obligation " + id + "."));
        if (!caller.is(Roles.CBRC)) {
            List<String> regulators = List.copyOf(snapshot.index().regulatorsUnder(caller.institution(), clock.instant().atZone(
                    Deadline.SHANGHAI).toLocalDate()));
            if (!regulators.contains(o.supervisorCode())) {
                if (regulators.contains(o.institutionCode())) {
                    throw ProblemException.forbidden("A bureau waives obligations of its jurisdiction, not its own.");
                }
                throw ProblemException.notFound("No obligation " + id + ".");
            }
        }
        // Only what is still owed can be waived: lateness already recorded is evidence (Art. 20, 23) and stays as it is.
        if (o.status() != ObligationStatus.OPEN && o.status() != ObligationStatus.OVERDUE) {
            throw ProblemException.conflict("Obligation " + id + " is " + o.status() + "; only an open or overdue obligation can be waived.");
        }
        writer.waive(o, caller.subject(), text, clock.instant());
        LOG.infof("Obligation %d (%s %s %s) waived by %s", id, o.institutionCode(), o.type(), o.period(), caller.subject());
        return writer.lockById(id).orElseThrow();
    }

    private Optional<PlannedObligation> planOne(String code, ReportType type, ReportPeriod period) {
        LocalDate end = period.end();
        List<BranchDeadlineRule> branchRules = type.isBranchReport()
                ? rules.all() : List.of();
        var calendar = calendars.calendarFrom(end, end.plusDays(BranchDeadlineRule.MAX_DUE_DAYS));
        Optional<PlannedObligation> plan = new ObligationPlanner(period, snapshot.index(), branchRules, calendar).planOne(code, type);
        if (plan.isEmpty() && !type.isBranchReport()) {
            throw new IllegalArgumentException(code + " does not owe " + type + " for " + period + " (not active at its end, or not a filer of it)");
        }
        return plan;
    }

    private PlannedObligation majorChangePlan(String code, LocalDate detectedOn, String reason) {
        RegisterIndex index = snapshot.index();
        Institution filer = index.activeOn(code, detectedOn)
                .orElseThrow(() -> new IllegalArgumentException(code + " is not active on " + detectedOn));
        String bureau = filer.supervisorCode() == null ? null : ObligationPlanner.bureauOf(index, filer.supervisorCode(), detectedOn).orElse(null);
        var calendar = calendars.calendarFrom(detectedOn, detectedOn.plusDays(60));
        return ObligationPlanner.majorChange(filer, bureau, detectedOn, config.majorChangeWorkingDays(), calendar, reason);
    }

    private static Deadline deadline(Obligation o) {
        return new Deadline(o.nominalDate(), o.dueDate(), Deadline.Source.valueOf(o.deadlineSource()));
    }
}
