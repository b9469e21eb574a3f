package cn.npa.submission.domain.intake;

import java.util.List;
import java.util.UUID;

/** A submission with its versions; the latest is the one used. */
public record SubmissionHistory(UUID id, String institutionCode, String reportType, String period, int latestVersion, List<VersionEntry> versions) {
}
