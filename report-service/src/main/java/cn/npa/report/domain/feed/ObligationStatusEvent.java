package cn.npa.report.domain.feed;

import cn.npa.report.domain.rollup.ObligationStatus;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An obligation's new status from the feed; of several for one slot, the highest revision is the current one. */
public record ObligationStatusEvent(UUID eventId, String institutionCode, String reportType, String period,
                                    ObligationStatus status, LocalDate dueDate, int daysLate, long revision,
                                    OffsetDateTime changedAt) {
}
