package cn.npa.submission.domain.audit;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One audit row: who did what to which submission version, when, under which request id. */
public record AuditEvent(long id, OffsetDateTime occurredAt, String actor, String action, String institutionCode,
                         UUID submissionId, Integer version, String requestId, String detail) {
}
