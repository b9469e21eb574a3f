package cn.npa.indicator.domain.intake;

import java.time.OffsetDateTime;

/** A stored intake: the figures of one period at one figure version, never changed once committed. */
public record FigureLoad(long id, String period, int figureVersion, String contentSha256, int nodeCount, int restatedCount,
                         int exposureCount, OffsetDateTime receivedAt, String receivedBy, boolean current) {
}
