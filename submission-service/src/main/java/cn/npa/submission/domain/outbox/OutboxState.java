package cn.npa.submission.domain.outbox;

import java.time.OffsetDateTime;

/** Where an outbox event stands: {@code PENDING} (due at {@code nextAttemptAt}), {@code DELIVERED} or {@code DEAD}. */
public record OutboxState(String state, OffsetDateTime nextAttemptAt) {
}
