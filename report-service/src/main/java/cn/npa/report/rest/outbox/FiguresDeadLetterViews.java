package cn.npa.report.rest.outbox;

import cn.npa.report.domain.outbox.ParkedFigures;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The wire forms of the figures dead-letter operations (docs/reliability.md, "Dead letters"). */
public final class FiguresDeadLetterViews {

    private FiguresDeadLetterViews() {
    }

    /** Why the indicator service refused the figures for good, as it said it. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @Schema(name = "DeadLetterReason", requiredProperties = {"status"})
    public record ReasonView(@Schema(description = "HTTP status of the refusal") int status,
                             @Schema(description = "The problem's title") String title,
                             @Schema(description = "The problem's detail") String detail,
                             @Schema(description = "Rule ids the receiver named (e.g. V4, FIG-NODE)") List<String> rules) {
    }

    /** A period whose figures are parked, at its newest parked version. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "FiguresDeadLetter", requiredProperties = {"id", "period", "figureVersion", "createdAt", "deadAt", "attempts", "reason"})
    public record FiguresDeadLetterView(@Schema(description = "The dead letter's id: the period") String id, String period,
                                        long figureVersion, OffsetDateTime createdAt, OffsetDateTime deadAt,
                                        @Schema(description = "Attempts, the one that parked it included") int attempts, ReasonView reason) {

        static FiguresDeadLetterView of(ParkedFigures p) {
            return new FiguresDeadLetterView(p.period(), p.period(), p.figureVersion(), p.createdAt(), p.deadAt(), p.attempts(),
                    new ReasonView(p.reason().status(), p.reason().title(), p.reason().detail(), p.reason().rules()));
        }
    }

    /**
     * What was sent: the figures of a period are written from its rollup at each try (a national payload runs to hundreds
     * of MB), so the payload names them; GET /api/v1/rollups/{node}?period= reads the figures themselves.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "FiguresPayload", requiredProperties = {"period", "figureVersion", "target"})
    public record PayloadView(String period, long figureVersion, @Schema(description = "Where the figures went") String target) {
    }

    /** One parked period with the payload it stands for. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "FiguresDeadLetterDetail", requiredProperties = {"id", "period", "figureVersion", "createdAt", "deadAt", "attempts", "reason", "payload"})
    public record FiguresDeadLetterDetailView(String id, String period, long figureVersion, OffsetDateTime createdAt,
                                              OffsetDateTime deadAt, int attempts, ReasonView reason, PayloadView payload) {

        static FiguresDeadLetterDetailView of(ParkedFigures p) {
            FiguresDeadLetterView v = FiguresDeadLetterView.of(p);
            return new FiguresDeadLetterDetailView(v.id(), v.period(), v.figureVersion(), v.createdAt(), v.deadAt(), v.attempts(), v.reason(),
                    new PayloadView(p.period(), p.figureVersion(), "POST /api/v1/figures (indicator service)"));
        }
    }

    /** Where the period stands after a retry: PENDING (owed, due at once) or DELIVERED (nothing owed). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "FiguresDeadLetterRetry", requiredProperties = {"id", "state"})
    public record RetryView(String id, @Schema(enumeration = {"PENDING", "DELIVERED"}) String state) {
    }
}
