package cn.npa.submission.service.intake;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The records intake puts on the wire: receipts, versions, findings, explanations, lists and figures. */
public final class Views {

    private Views() {
    }

    /** Timeliness of one version against its deadline (D1, D6); absent when the report has no deadline. */
    public record DeadlineView(LocalDate dueDate, String status, int daysLate) {
    }

    /** An explanation and where it comes from: given for this version, or carried forward from an earlier one. */
    public record ExplanationView(String text, int version, String givenBy, OffsetDateTime givenAt, boolean carriedForward) {
    }

    /** A quality finding with its figures and, once explained, its explanation. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FindingView(String rule, String path, String message, Map<String, BigDecimal> figures, ExplanationView explanation) {
    }

    /**
     * One accepted version. {@code verdictAtReceipt} is what the filing itself triggered and never changes;
     * {@code verdict} becomes ACCEPTED once every finding is explained. The body is shown on single-version reads only.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record VersionView(UUID submissionId, int version, String institutionCode, String reportType, String period,
                              OffsetDateTime receivedAt, String verdict, String verdictAtReceipt, boolean majorAdjustment,
                              String amendmentReason, String submittedBy, DeadlineView deadline, Map<String, BigDecimal> figures,
                              List<FindingView> findings, JsonNode body) {
    }

    /** A version in a submission's history. */
    public record VersionSummary(int version, OffsetDateTime receivedAt, String verdict, boolean majorAdjustment,
                                 String amendmentReason, String location) {
    }

    /** A submission with its versions; the latest is the one used. */
    public record SubmissionView(UUID id, String institutionCode, String reportType, String period, int latestVersion,
                                 List<VersionSummary> versions) {
    }

    /** A submission in a list, with its latest version's verdict. */
    public record SubmissionListItem(UUID id, String institutionCode, String reportType, String period, int latestVersion,
                                     String verdict, OffsetDateTime receivedAt, boolean majorAdjustment) {
    }

    /** The findings of version n against version n-1 (for version 1: all added). */
    public record DiffView(UUID submissionId, int version, int against, List<FindingView> added, List<FindingView> resolved,
                           List<FindingView> unchanged) {
    }

    /** Key figures of a slot on one basis: as first reported (version 1) or as restated (the latest version). */
    public record FiguresView(UUID submissionId, String institutionCode, String reportType, String period, String basis,
                              int version, OffsetDateTime receivedAt, Map<String, BigDecimal> figures) {
    }

    /** The latest accepted version of a submission with figures and body, for the report service. */
    public record AcceptedView(UUID submissionId, int version, String institutionCode, String reportType, String period,
                               OffsetDateTime acceptedAt, boolean majorAdjustment, Map<String, BigDecimal> figures, JsonNode body) {
    }
}
