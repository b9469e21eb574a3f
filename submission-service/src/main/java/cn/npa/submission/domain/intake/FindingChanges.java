package cn.npa.submission.domain.intake;

import java.util.List;
import java.util.UUID;

/** The findings of version n against version n-1 (for version 1: all added). */
public record FindingChanges(UUID submissionId, int version, int against, List<ExplainedFinding> added, List<ExplainedFinding> resolved,
                             List<ExplainedFinding> unchanged) {
}
