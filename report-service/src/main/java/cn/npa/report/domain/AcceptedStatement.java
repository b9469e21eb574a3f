package cn.npa.report.domain;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A filing version the submission service accepted, with its figures and filing, as this service keeps it. */
public record AcceptedStatement(UUID eventId, String submissionId, int version, String institutionCode, String reportType,
                                String period, OffsetDateTime acceptedAt, JsonNode figures) {
}
