package cn.npa.submission.service.intake;

import cn.npa.common.problem.FieldError;
import cn.npa.common.problem.ProblemException;
import cn.npa.common.problem.RuleId;
import cn.npa.common.security.Caller;
import cn.npa.common.web.RequestIds;
import cn.npa.submission.domain.deadline.Deadline;
import cn.npa.submission.domain.deadline.DeadlineStatus;
import cn.npa.submission.domain.filing.Explanations;
import cn.npa.submission.domain.filing.Filing;
import cn.npa.submission.domain.filing.FilingReader;
import cn.npa.submission.domain.filing.FilingValidator;
import cn.npa.submission.domain.filing.KeyFigure;
import cn.npa.submission.domain.filing.KeyFigures;
import cn.npa.submission.domain.filing.MajorAdjustment;
import cn.npa.submission.domain.filing.QualityFinding;
import cn.npa.submission.domain.filing.ReadResult;
import cn.npa.submission.domain.filing.Verdict;
import cn.npa.submission.domain.period.ReportType;
import cn.npa.submission.domain.register.Institution;
import cn.npa.submission.repository.AuditRepository;
import cn.npa.submission.repository.FilingContextQueries;
import cn.npa.submission.repository.FilingContextQueries.Slot;
import cn.npa.submission.repository.FindingRepository;
import cn.npa.common.db.Jdbc;
import cn.npa.submission.repository.Writes;
import cn.npa.submission.repository.StoredSubmission;
import cn.npa.submission.repository.StoredVersion;
import cn.npa.submission.repository.SubmissionRepository;
import cn.npa.submission.repository.VersionRepository;
import cn.npa.submission.domain.intake.VersionReceipt;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import cn.npa.submission.service.ObligationService;
import cn.npa.common.time.Shanghai;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Files a report (domain sections 4 and 5): checks it in full, and either refuses it storing nothing, or stores it as
 * the next version of its (institution, type, period) with its findings, an audit row and an outbox event, in one
 * transaction, in three round trips. Writers of one slot are serialised by its row lock; an idempotency key by an advisory lock.
 */
@ApplicationScoped
public class IntakeService {

    private static final Logger LOG = Logger.getLogger(IntakeService.class);

    private final RequestGuard guard;
    private final FilerRules filerRules;
    private final FilingContextQueries contexts;
    private final Jdbc jdbc;
    private final FilingDeadlines deadlines;
    private final SubmissionRepository submissions;
    private final VersionRepository versions;
    private final FindingRepository findings;
    private final AuditRepository audit;
    private final StatementEvents events;
    private final ObligationService obligations;
    private final Clock clock;

    public IntakeService(RequestGuard guard, FilerRules filerRules, FilingContextQueries contexts, Jdbc jdbc, FilingDeadlines deadlines,
                         SubmissionRepository submissions, VersionRepository versions,
                         FindingRepository findings, AuditRepository audit, StatementEvents events, ObligationService obligations, Clock clock) {
        this.clock = clock;
        this.guard = guard;
        this.filerRules = filerRules;
        this.contexts = contexts;
        this.jdbc = jdbc;
        this.deadlines = deadlines;
        this.submissions = submissions;
        this.versions = versions;
        this.findings = findings;
        this.audit = audit;
        this.events = events;
        this.obligations = obligations;
    }

    /** The outcome of a POST: the receipt, and whether it is the replay of an earlier identical request. */
    public record Submitted(VersionReceipt receipt, boolean replay) {
    }

    @Transactional
    public Submitted submit(byte[] raw, String idempotencyKey, Caller caller) {
        String hash = RequestGuard.sha256(raw);
        Optional<Submitted> replay = guard.replay(caller.subject(), idempotencyKey, hash);
        if (replay.isPresent()) {
            return replay.get();
        }
        JsonNode root = RequestGuard.parse(raw);
        List<FieldError> unstorable = RequestGuard.storable(root);
        ReadResult read = FilingValidator.readAndValidate(root, filerRules.forCaller(caller));
        RequestGuard.refuseIfForbidden(read.errors());
        Filing filing = read.filing();
        List<FieldError> errors = new java.util.ArrayList<>(read.errors());
        errors.addAll(unstorable);
        if (!errors.isEmpty()) {
            errors.addAll(guard.amendmentReason(filing));
            throw ProblemException.invalid("The report breaks " + errors.size() + " rule(s); nothing was stored.", errors);
        }
        return new Submitted(store(filing, RequestGuard.stored(raw), hash, idempotencyKey, caller), false);
    }

    private VersionReceipt store(Filing filing, String body, String hash, String key, Caller caller) {
        var h = filing.header();
        ReportType type = ReportType.valueOf(h.reportType());
        var end = FilerRules.referenceDate(type, h.period());
        Institution filer = filerRules.activeOn(h.institutionCode(), end).orElseThrow();
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        // Round trip 1: create the slot or claim its next version, locking it (writers of one slot follow each other).
        StoredSubmission sub = submissions.claimNextVersion(new StoredSubmission(UUID.randomUUID(), h.institutionCode(), h.reportType(),
                h.period(), end, filerRules.bankPath(filer, end), filerRules.regulatorPath(filer, end), now, 1));
        int n = sub.latestVersion();
        List<FieldError> missingReason = n > 1 ? RequestGuard.refilingReason(h) : List.of();
        if (!missingReason.isEmpty()) {
            // the rollback gives the claimed version number back
            throw ProblemException.invalid("The report breaks 1 rule(s); nothing was stored.", missingReason);
        }
        // Round trip 2: the obligation (locked) and the reports the quality rules compare with.
        QualitySources sources = QualitySources.of(filing, type);
        var context = contexts.read(new Slot(h.institutionCode(), type.name(), h.period()), sources.slots());
        List<QualityFinding> found = sources.findings(filing, context.compared());
        boolean major = false;
        List<FindingRepository.StoredExplanation> kept = List.of();
        if (n > 1) {
            major = versions.figures(sub.id(), n - 1).map(prev -> MajorAdjustment.isMajor(
                    new KeyFigures(sub.reportType(), sub.period(), prev), filing)).orElse(false);
            kept = findings.explanations(sub.id());
        }
        boolean allExplained = Explanations.carryForward(found, n, kept.stream().map(FindingRepository.StoredExplanation::explanation).toList())
                .stream().allMatch(Explanations.ExplainedFinding::explained);
        Optional<Deadline> deadline = deadlines.of(type, h.period(), filer);
        DeadlineStatus timeliness = deadline.map(d -> d.timeliness(now.toInstant())).orElse(null);
        Map<KeyFigure, BigDecimal> figures = new EnumMap<>(KeyFigure.class);
        for (KeyFigure f : KeyFigure.values()) {
            Optional.ofNullable(f.of(filing)).ifPresent(v -> figures.put(f, v));
        }
        StoredVersion v = new StoredVersion(sub.id(), n, body, figures, Verdict.of(List.of(), found).name(),
                allExplained ? Receipts.ACCEPTED : Receipts.WITH_WARNINGS, now, n > 1 ? h.amendmentReason().strip() : null, major,
                caller.subject(), RequestIds.current(), key, hash, deadline.map(Deadline::dueDate).orElse(null),
                timeliness == null ? null : timeliness.isLate() ? "LATE" : "ON_TIME", timeliness == null ? null : timeliness.daysLate());
        // Round trip 3: version, findings, audit row, outbox event and obligation, as one statement.
        Writes writes = new Writes();
        versions.insert(writes, v);
        findings.insert(writes, sub.id(), n, found);
        audit.record(writes, caller.subject(), n == 1 ? "FILED" : "AMENDED", h.institutionCode(), sub.id(), n, RequestIds.current(),
                type + " " + h.period() + " version " + n + ": " + v.verdictAtReceipt() + (major ? ", major adjustment" : ""));
        events.statementAccepted(writes, sub, v);
        // D4/D6: the obligation learns of the filing in the same transaction; Q1 opens a MAJOR_CHANGE obligation (§2)
        obligations.recordFiling(context.obligation(), h.institutionCode(), type.name(), h.period(), n, now.toInstant(),
                deadline.isPresent(), writes);
        writes.execute(jdbc);
        if (found.stream().anyMatch(f -> RuleId.Q1.is(f.rule()))) {
            List<String> path = filerRules.bankPath(filer, end);
            String entity = path.get(path.size() - 1);
            try {
                obligations.openMajorChange(entity, now.atZoneSameInstant(Shanghai.ZONE).toLocalDate(),
                        "Q1: the NPL ratio of " + h.institutionCode() + " moved more than 2 points in " + h.period());
            } catch (IllegalArgumentException closedSince) {
                // A valid filing is never refused over its follow-up: the legal entity may have closed or merged since.
                LOG.warnf("Q1 for %s: no MAJOR_CHANGE obligation opened, %s", h.institutionCode(), closedSince.getMessage());
            }
        }
        LOG.infof("%s filed %s %s for %s: version %d, %s, %d finding(s)", caller.subject(), type, h.period(), h.institutionCode(),
                n, v.verdictAtReceipt(), found.size());
        return Receipts.version(sub, v, found, kept, null);
    }
}
