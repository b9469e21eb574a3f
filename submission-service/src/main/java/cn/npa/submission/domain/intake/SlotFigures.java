package cn.npa.submission.domain.intake;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/** Key figures of a slot on one basis: as first reported (version 1) or as restated (the latest version). */
public record SlotFigures(UUID submissionId, String institutionCode, String reportType, String period, String basis, int version,
                          OffsetDateTime receivedAt, Map<String, BigDecimal> figures) {
}
