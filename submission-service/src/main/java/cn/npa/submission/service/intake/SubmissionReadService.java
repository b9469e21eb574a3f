package cn.npa.submission.service.intake;

import cn.npa.common.problem.ProblemException;
import cn.npa.common.security.Caller;
import cn.npa.common.security.Roles;
import cn.npa.common.web.Page;
import cn.npa.common.web.PageRequest;
import cn.npa.submission.domain.filing.FindingDiff;
import cn.npa.submission.domain.filing.QualityFinding;
import cn.npa.submission.domain.filing.SubmissionFilter;
import cn.npa.submission.repository.FindingRepository;
import cn.npa.submission.repository.StoredSubmission;
import cn.npa.submission.repository.StoredVersion;
import cn.npa.submission.repository.SubmissionRepository;
import cn.npa.submission.repository.SubmissionRepository.Scope;
import cn.npa.submission.repository.VersionRepository;
import cn.npa.submission.domain.intake.AcceptedVersion;
import cn.npa.submission.domain.intake.FindingChanges;
import cn.npa.submission.domain.intake.SlotFigures;
import cn.npa.submission.domain.intake.SubmissionEntry;
import cn.npa.submission.domain.intake.SubmissionHistory;
import cn.npa.submission.domain.intake.VersionEntry;
import cn.npa.submission.domain.intake.VersionReceipt;
import com.fasterxml.jackson.databind.ObjectMapper;
import cn.npa.submission.service.register.RegisterScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/** Scoped reads of submissions: a bank its subtree, a bureau its jurisdiction, the CBRC, admins and services all. */
@ApplicationScoped
public class SubmissionReadService {

    private final SubmissionRepository submissions;
    private final VersionRepository versions;
    private final FindingRepository findings;
    private final ObjectMapper json;
    private final RegisterScope scopes;

    public SubmissionReadService(SubmissionRepository submissions, VersionRepository versions, FindingRepository findings,
                                 ObjectMapper json, RegisterScope scopes) {
        this.json = json;
        this.scopes = scopes;
        this.submissions = submissions;
        this.versions = versions;
        this.findings = findings;
    }

    /** The submission, or 404 when it does not exist or lies outside the caller's scope (existence must not leak). */
    public StoredSubmission visible(UUID id, Caller caller) {
        Scope s = scopes.submissions();
        return submissions.find(id).filter(sub -> s.all() || (s.bankRoot() != null ? sub.bankPath().contains(s.bankRoot())
                : sub.regulatorPath().contains(s.regulator()))).orElseThrow(() -> ProblemException.notFound("No submission " + id + "."));
    }

    @Transactional
    public SubmissionHistory submission(UUID id, Caller caller) {
        StoredSubmission s = visible(id, caller);
        List<VersionEntry> all = versions.all(s.id()).stream().map(v -> new VersionEntry(v.version(), v.receivedAt(), v.verdict(),
                v.majorAdjustment(), v.amendmentReason(), "/api/v1/submissions/" + s.id() + "/versions/" + v.version())).toList();
        return new SubmissionHistory(s.id(), s.institutionCode(), s.reportType(), s.period(), s.latestVersion(), all);
    }

    @Transactional
    public VersionReceipt version(UUID id, int n, Caller caller) {
        StoredSubmission s = visible(id, caller);
        StoredVersion v = find(s, n);
        return Receipts.version(s, v, findings.of(s.id(), n), findings.explanations(s.id()), Receipts.json(json, v.body()));
    }

    @Transactional
    public FindingChanges diff(UUID id, int n, Caller caller) {
        StoredSubmission s = visible(id, caller);
        find(s, n);
        List<QualityFinding> previous = n > 1 ? findings.of(s.id(), n - 1) : List.of();
        FindingDiff d = FindingDiff.between(previous, findings.of(s.id(), n));
        var kept = findings.explanations(s.id());
        return new FindingChanges(s.id(), n, n - 1, d.added().stream().map(f -> Receipts.finding(f, n, kept)).toList(),
                d.resolved().stream().map(Receipts::bare).toList(), d.unchanged().stream().map(f -> Receipts.finding(f, n, kept)).toList());
    }

    @Transactional
    public Page<SubmissionEntry> list(SubmissionFilter filter, Caller caller, PageRequest page) {
        return submissions.page(filter, scopes.submissions(), page).map(x -> new SubmissionEntry(x.submission().id(),
                x.submission().institutionCode(), x.submission().reportType(), x.submission().period(), x.submission().latestVersion(),
                x.verdict(), x.receivedAt(), x.majorAdjustment()));
    }

    /** Key figures as first reported (version 1) or as restated (the latest version). */
    @Transactional
    public SlotFigures figures(String institution, String type, String period, boolean restated, Caller caller) {
        // One answer for "none filed" and "filed but out of scope": another bank's filings must not show, nor their ids.
        ProblemException none = ProblemException.notFound("No " + type + " report of " + institution + " for " + period + ".");
        StoredSubmission slot = submissions.slot(institution, type, period).orElseThrow(() -> none);
        StoredSubmission s;
        try {
            s = visible(slot.id(), caller);
        } catch (ProblemException outOfScope) {
            throw none;
        }
        StoredVersion v = find(s, restated ? s.latestVersion() : 1);
        return new SlotFigures(s.id(), s.institutionCode(), s.reportType(), s.period(), restated ? "RESTATED" : "FIRST_REPORTED",
                v.version(), v.receivedAt(), Receipts.figures(v.figures()));
    }

    /** The latest accepted version of every submission of a period, for the report service's bulk read. */
    @Transactional
    public Page<AcceptedVersion> accepted(String period, PageRequest page) {
        return versions.latestOfPeriod(period, page).map(a -> new AcceptedVersion(a.submission().id(), a.version().version(),
                a.submission().institutionCode(), a.submission().reportType(), a.submission().period(), a.version().receivedAt(),
                a.version().majorAdjustment(), Receipts.figures(a.version().figures()), Receipts.json(json, a.version().body())));
    }

    private StoredVersion find(StoredSubmission s, int n) {
        return versions.find(s.id(), n).orElseThrow(() -> ProblemException.notFound("Submission " + s.id() + " has no version " + n + "."));
    }
}
