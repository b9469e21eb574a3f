package cn.npa.submission.service.intake;

import cn.npa.common.problem.FieldError;
import cn.npa.common.problem.ProblemException;
import cn.npa.common.problem.RuleId;
import cn.npa.common.security.Caller;
import cn.npa.common.security.Roles;
import cn.npa.common.web.RequestIds;
import cn.npa.submission.domain.filing.QualityFinding;
import cn.npa.submission.repository.AuditRepository;
import cn.npa.submission.repository.FindingRepository;
import cn.npa.submission.repository.StoredSubmission;
import cn.npa.submission.repository.StoredVersion;
import cn.npa.submission.repository.SubmissionRepository;
import cn.npa.submission.repository.VersionRepository;
import cn.npa.submission.domain.intake.VersionReceipt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * The filer explains the quality findings of one rule in one version (section 4). A version's verdict reads ACCEPTED
 * once each of its findings is explained, by its own explanation or one carried forward from an earlier version.
 */
@ApplicationScoped
public class ExplanationService {

    static final int MAX_TEXT = 20_000;

    private final SubmissionReadService reads;
    private final SubmissionRepository submissions;
    private final VersionRepository versions;
    private final FindingRepository findings;
    private final AuditRepository audit;
    private final Clock clock;

    public ExplanationService(SubmissionReadService reads, SubmissionRepository submissions, VersionRepository versions,
                              FindingRepository findings, AuditRepository audit, Clock clock) {
        this.clock = clock;
        this.reads = reads;
        this.submissions = submissions;
        this.versions = versions;
        this.findings = findings;
        this.audit = audit;
    }

    @Transactional
    public VersionReceipt explain(UUID id, int n, String rule, String given, Caller caller) {
        StoredSubmission s = reads.visible(id, caller);
        if (!isFiler(s, caller)) {
            throw ProblemException.forbidden("Only the filer (or the bank above it) explains the findings of " + s.institutionCode() + ".");
        }
        String text = given == null ? "" : given.strip();
        if (text.isEmpty() || text.length() > MAX_TEXT) {
            throw ProblemException.invalid("The explanation cannot be kept.", List.of(new FieldError(RuleId.EXPLANATION, "$.text",
                    "text is required, 1 to " + MAX_TEXT + " characters")));
        }
        submissions.lock(s.id());
        StoredVersion v = versions.find(s.id(), n).orElseThrow(() -> ProblemException.notFound("Submission " + id + " has no version " + n + "."));
        List<QualityFinding> ofRule = findings.of(s.id(), n).stream().filter(f -> f.rule().equals(rule)).toList();
        if (ofRule.isEmpty()) {
            throw ProblemException.notFound("Version " + n + " of submission " + id + " has no " + rule + " finding.");
        }
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        ofRule.forEach(f -> findings.explain(s.id(), n, f, text, caller.subject(), now));
        refreshVerdicts(s, n);
        audit.record(caller.subject(), "EXPLAINED", s.institutionCode(), s.id(), n, RequestIds.current(), rule + ": " + text);
        return Receipts.version(s, versions.find(s.id(), n).orElse(v), findings.of(s.id(), n), findings.explanations(s.id()), null);
    }

    /** An explanation can complete this version and, carried forward, later ones: their verdicts follow. */
    private void refreshVerdicts(StoredSubmission s, int from) {
        var kept = findings.explanations(s.id());
        for (StoredVersion later : versions.all(s.id())) {
            if (later.version() < from) {
                continue;
            }
            String verdict = Receipts.currentVerdict(findings.of(s.id(), later.version()).stream()
                    .map(f -> Receipts.finding(f, later.version(), kept)).toList());
            if (!verdict.equals(later.verdict())) {
                versions.setVerdict(s.id(), later.version(), verdict);
            }
        }
    }

    private static boolean isFiler(StoredSubmission s, Caller caller) {
        String own = caller.institution();
        if (own == null) {
            return false;
        }
        return caller.is(Roles.BANK) && s.bankPath().contains(own) || caller.is(Roles.BUREAU) && s.institutionCode().equals(own);
    }
}
