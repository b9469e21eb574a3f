package cn.npa.report.domain.outbox;

import java.time.OffsetDateTime;

/**
 * A period whose figures the indicator service refused for good: its newest parked figure version, when it was
 * written and parked, after how many attempts, and why.
 */
public record ParkedFigures(String period, long figureVersion, OffsetDateTime createdAt, OffsetDateTime deadAt, int attempts,
                            Refusal reason) {
}
