package cn.npa.submission.repository;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** One (institution, report type, period) slot and where its filer sat in both trees at the period's end. */
public record StoredSubmission(UUID id, String institutionCode, String reportType, String period, LocalDate scopeDate,
                               List<String> bankPath, List<String> regulatorPath, OffsetDateTime createdAt,
                               int latestVersion) {
}
