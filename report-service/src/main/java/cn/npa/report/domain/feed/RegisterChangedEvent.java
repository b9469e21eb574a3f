package cn.npa.report.domain.feed;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The register changed: copies taken under an older version stamp are stale. */
public record RegisterChangedEvent(UUID eventId, long registerVersion, OffsetDateTime changedAt) {
}
