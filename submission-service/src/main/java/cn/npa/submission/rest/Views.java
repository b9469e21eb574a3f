package cn.npa.submission.rest;

import cn.npa.submission.domain.period.ReportType;
import cn.npa.submission.domain.intake.AcceptedVersion;
import cn.npa.submission.domain.intake.ExplainedFinding;
import cn.npa.submission.domain.intake.FindingChanges;
import cn.npa.submission.domain.intake.GivenExplanation;
import cn.npa.submission.domain.intake.SlotFigures;
import cn.npa.submission.domain.intake.SubmissionEntry;
import cn.npa.submission.domain.intake.SubmissionHistory;
import cn.npa.submission.domain.intake.VersionReceipt;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The records intake puts on the wire (receipts, versions, findings, explanations, lists, figures) and their mapping from the domain. */
public final class Views {

    private Views() {
    }

    /** Timeliness of one version against its deadline (D1, D6); absent when the report has no deadline. */
    @Schema(description = "Timeliness of the version against its deadline (D1, D6)")
    public record DeadlineView(@Schema(required = true, description = "The last day to file, inclusive (Asia/Shanghai)")
                               LocalDate dueDate,
                               @Schema(required = true, enumeration = {"ON_TIME", "LATE"}) String status,
                               @Schema(required = true, description = "Days after the due date; 0 when on time") int daysLate) {
    }

    /** An explanation and where it comes from: given for this version, or carried forward from an earlier one. */
    @Schema(description = "The explanation of a finding")
    public record ExplanationView(@Schema(required = true) String text,
                                  @Schema(required = true, description = "The version it was given for") int version,
                                  @Schema(required = true) String givenBy, @Schema(required = true) OffsetDateTime givenAt,
                                  @Schema(required = true) boolean carriedForward) {
    }

    /** A quality finding with its figures and, once explained, its explanation. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "A quality finding (Q1-Q6): the report was accepted, the finding waits for an explanation")
    public record FindingView(@Schema(required = true, description = "Q1 to Q6") String rule,
                              @Schema(required = true, description = "JSON path into the report, e.g. $.loans.grades")
                              String path,
                              @Schema(required = true) String message,
                              @Schema(required = true, description = "The figures the rule compared, by name")
                              Map<String, BigDecimal> figures,
                              @Schema(description = "Present once explained (for this version or carried forward)")
                              ExplanationView explanation) {
    }

    /**
     * One accepted version. {@code verdictAtReceipt} is what the filing itself triggered and never changes;
     * {@code verdict} becomes ACCEPTED once every finding is explained. The body is shown on single-version reads only.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "One accepted version; POST /api/v1/submissions answers with it as the receipt (without body). "
            + "`verdict` becomes ACCEPTED once every finding is explained; `verdictAtReceipt` is what the filing itself "
            + "triggered and never changes (both of schema Verdict).")
    public record VersionView(@Schema(required = true) UUID submissionId,
                              @Schema(required = true, description = "1 for the first filing of (institution, type, period)") int version,
                              @Schema(required = true) String institutionCode,
                              @Schema(required = true, implementation = ReportType.class) String reportType,
                              @Schema(required = true) String period,
                              @Schema(required = true) OffsetDateTime receivedAt,
                              // no description here: with one, the schema inlines the enum and a generated client gets a
                              // VerdictEnum of its own instead of the Verdict every other schema uses
                              @Schema(required = true, implementation = SubmissionResource.Verdicts.class) String verdict,
                              @Schema(required = true, implementation = SubmissionResource.Verdicts.class) String verdictAtReceipt,
                              @Schema(required = true, description = "An amendment that moved NPL or non-credit NPA by more than 5%")
                              boolean majorAdjustment,
                              @Schema(description = "From version 2 on") String amendmentReason,
                              @Schema(required = true, description = "The caller's subject") String submittedBy,
                              @Schema(description = "Absent when the report has no deadline (a branch report whose bureau "
                                      + "set no rule)") DeadlineView deadline,
                              @Schema(required = true, description = "Key figures the report carries: totalLoans, npl, nonCreditAssets, "
                                      + "nonCreditNpa, estimatedLoss, obsOutstanding, obsAdvances (none for a bureau's report)")
                              Map<String, BigDecimal> figures,
                              @Schema(required = true) List<FindingView> findings,
                              @Schema(ref = "Filing", description = "The filing as received, amounts exact; single-version reads only")
                              JsonNode body) {
    }

    /** A version in a submission's history. */
    public record VersionSummary(int version, OffsetDateTime receivedAt,
                                 @Schema(implementation = SubmissionResource.Verdicts.class) String verdict, boolean majorAdjustment,
                                 @Schema(nullable = true, description = "From version 2 on") String amendmentReason, String location) {
    }

    /** A submission with its versions; the latest is the one used. */
    public record SubmissionView(UUID id, String institutionCode, @Schema(implementation = ReportType.class) String reportType, String period, int latestVersion,
                                 List<VersionSummary> versions) {
    }

    /** A submission in a list, with its latest version's verdict. */
    public record SubmissionListItem(UUID id, String institutionCode, @Schema(implementation = ReportType.class) String reportType,
                                     String period, int latestVersion, @Schema(implementation = SubmissionResource.Verdicts.class) String verdict, OffsetDateTime receivedAt, boolean majorAdjustment) {
    }

    /** The findings of version n against version n-1 (for version 1: all added). */
    public record DiffView(UUID submissionId, int version, int against, List<FindingView> added, List<FindingView> resolved,
                           List<FindingView> unchanged) {
    }

    /** Key figures of a slot on one basis: as first reported (version 1) or as restated (the latest version). */
    public record FiguresView(UUID submissionId, String institutionCode, @Schema(implementation = ReportType.class) String reportType,
                              String period, @Schema(implementation = SubmissionResource.Basis.class) String basis,
                              int version, OffsetDateTime receivedAt, Map<String, BigDecimal> figures) {
    }

    /** The latest accepted version of a submission with figures and body, for the report service. */
    public record AcceptedView(UUID submissionId, int version, String institutionCode,
                               @Schema(implementation = ReportType.class) String reportType, String period,
                               OffsetDateTime acceptedAt, boolean majorAdjustment, Map<String, BigDecimal> figures,
                               @Schema(ref = "Filing", description = "The filing as received, amounts exact") JsonNode body) {
    }

    static VersionView of(VersionReceipt r) {
        DeadlineView deadline = r.deadline() == null ? null
                : new DeadlineView(r.deadline().dueDate(), r.deadline().status(), r.deadline().daysLate());
        return new VersionView(r.submissionId(), r.version(), r.institutionCode(), r.reportType(), r.period(), r.receivedAt(),
                r.verdict(), r.verdictAtReceipt(), r.majorAdjustment(), r.amendmentReason(), r.submittedBy(), deadline, r.figures(),
                findings(r.findings()), r.body());
    }

    static SubmissionView of(SubmissionHistory h) {
        return new SubmissionView(h.id(), h.institutionCode(), h.reportType(), h.period(), h.latestVersion(), h.versions().stream()
                .map(v -> new VersionSummary(v.version(), v.receivedAt(), v.verdict(), v.majorAdjustment(), v.amendmentReason(),
                        v.location())).toList());
    }

    static SubmissionListItem of(SubmissionEntry e) {
        return new SubmissionListItem(e.id(), e.institutionCode(), e.reportType(), e.period(), e.latestVersion(), e.verdict(),
                e.receivedAt(), e.majorAdjustment());
    }

    static DiffView of(FindingChanges c) {
        return new DiffView(c.submissionId(), c.version(), c.against(), findings(c.added()), findings(c.resolved()),
                findings(c.unchanged()));
    }

    static FiguresView of(SlotFigures f) {
        return new FiguresView(f.submissionId(), f.institutionCode(), f.reportType(), f.period(), f.basis(), f.version(),
                f.receivedAt(), f.figures());
    }

    static AcceptedView of(AcceptedVersion a) {
        return new AcceptedView(a.submissionId(), a.version(), a.institutionCode(), a.reportType(), a.period(), a.acceptedAt(),
                a.majorAdjustment(), a.figures(), a.body());
    }

    private static List<FindingView> findings(List<ExplainedFinding> findings) {
        return findings.stream().map(f -> new FindingView(f.rule(), f.path(), f.message(), f.figures(), explanation(f.explanation())))
                .toList();
    }

    private static ExplanationView explanation(GivenExplanation e) {
        return e == null ? null : new ExplanationView(e.text(), e.version(), e.givenBy(), e.givenAt(), e.carriedForward());
    }
}
