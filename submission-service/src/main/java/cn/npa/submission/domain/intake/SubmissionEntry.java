package cn.npa.submission.domain.intake;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A submission in a list, with its latest version's verdict. */
public record SubmissionEntry(UUID id, String institutionCode, String reportType, String period, int latestVersion, String verdict,
                              OffsetDateTime receivedAt, boolean majorAdjustment) {
}
