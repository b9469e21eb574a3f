package cn.npa.submission.domain.obligation;

import java.time.Instant;

/** One recorded lateness of an obligation: ORIGINAL_LATE, AMENDMENT_LATE or OVERDUE, by how many days, for which version. */
public record LatenessRecord(String kind, int daysLate, int version, Instant recordedAt) {
}
