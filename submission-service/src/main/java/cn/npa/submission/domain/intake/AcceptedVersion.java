package cn.npa.submission.domain.intake;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/** The latest accepted version of a submission with figures and body, for the report service. */
public record AcceptedVersion(UUID submissionId, int version, String institutionCode, String reportType, String period, OffsetDateTime acceptedAt,
                              boolean majorAdjustment, Map<String, BigDecimal> figures, JsonNode body) {
}
