package cn.npa.submission.domain.outbox;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A parked outbox event: what it was, when it was written and parked, after how many attempts, and why. */
public record DeadLetter(UUID id, String eventType, String requestId, OffsetDateTime createdAt, OffsetDateTime deadAt, int attempts,
                         Refusal reason) {
}
