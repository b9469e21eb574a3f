package cn.npa.submission.domain.intake;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One accepted version with its current verdict, the verdict at receipt, timeliness, figures, findings and (on single reads) body. */
public record VersionReceipt(UUID submissionId, int version, String institutionCode, String reportType, String period, OffsetDateTime receivedAt,
                             String verdict, String verdictAtReceipt, boolean majorAdjustment, String amendmentReason, String submittedBy,
                             Timeliness deadline, Map<String, BigDecimal> figures, List<ExplainedFinding> findings, JsonNode body) {
}
