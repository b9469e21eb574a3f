package cn.npa.indicator.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import cn.npa.indicator.domain.intake.FigureLoad;
import cn.npa.indicator.domain.intake.IntakeReceipt;
import java.time.OffsetDateTime;

/**
 * A stored figures intake: its period and figure version, what it holds, and (as the answer to an intake) whether this
 * request STORED it or found it UNCHANGED.
 */
public record FigureLoadView(long loadId, String period, int figureVersion, @Schema(nullable = true) String outcome, boolean current, int nodes,
                             int restatedNodes, int clientExposures, String contentSha256, OffsetDateTime receivedAt,
                             String receivedBy, @Schema(nullable = true) Long millis) {

    public static FigureLoadView of(IntakeReceipt r) {
        return of(r.load(), r.outcome().name(), r.millis());
    }

    public static FigureLoadView of(FigureLoad l, String outcome, @Schema(nullable = true) Long millis) {
        return new FigureLoadView(l.id(), l.period(), l.figureVersion(), outcome, l.current(), l.nodeCount(), l.restatedCount(),
                l.exposureCount(), l.contentSha256(), l.receivedAt(), l.receivedBy(), millis);
    }
}
