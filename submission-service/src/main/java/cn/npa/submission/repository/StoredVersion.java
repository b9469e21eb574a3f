package cn.npa.submission.repository;

import cn.npa.submission.domain.filing.KeyFigure;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/** One accepted version of a submission as stored: the body as received, its key figures and its receipt facts. */
public record StoredVersion(UUID submissionId, int version, String body, Map<KeyFigure, BigDecimal> figures,
                            String verdictAtReceipt, String verdict, OffsetDateTime receivedAt, String amendmentReason,
                            boolean majorAdjustment, String submittedBy, String requestId, String idempotencyKey,
                            String bodyHash, LocalDate dueDate, String deadlineStatus, Integer daysLate) {
}
