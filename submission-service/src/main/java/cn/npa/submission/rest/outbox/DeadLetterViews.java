package cn.npa.submission.rest.outbox;

import cn.npa.submission.domain.outbox.DeadLetter;
import cn.npa.submission.domain.outbox.DeadLetterPayload;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The wire forms of the dead-letter operations (docs/reliability.md, "Dead letters"). */
public final class DeadLetterViews {

    private DeadLetterViews() {
    }

    /** Why the report service refused the event for good, as it said it. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @Schema(name = "DeadLetterReason", requiredProperties = {"status", "title"})
    public record ReasonView(
            @Schema(description = "HTTP status of the call that refused it; 200 when the event was REJECTED in a 200 answer") int status,
            @Schema(description = "The problem's title, or the event's outcome (REJECTED)") String title,
            @Schema(description = "The problem's detail, or the event's errors") String detail,
            @Schema(description = "Rule ids the receiver named (e.g. EVENT)") List<String> rules) {
    }

    /** One parked event. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "DeadLetter", requiredProperties = {"id", "eventType", "createdAt", "deadAt", "attempts", "reason"})
    public record DeadLetterView(UUID id, String eventType, String requestId, OffsetDateTime createdAt, OffsetDateTime deadAt,
                          @Schema(description = "Attempts, the one that parked it included") int attempts, ReasonView reason) {

        static DeadLetterView of(DeadLetter d) {
            return new DeadLetterView(d.id(), d.eventType(), d.requestId(), d.createdAt(), d.deadAt(), d.attempts(),
                    new ReasonView(d.reason().status(), d.reason().title(), d.reason().detail(), d.reason().rules()));
        }
    }

    /** One parked event with its payload, exactly as it is sent (the version's filing under figures.filing). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "DeadLetterDetail", requiredProperties = {"id", "eventType", "createdAt", "deadAt", "attempts", "reason", "payload"})
    public record DeadLetterDetailView(UUID id, String eventType, String requestId, OffsetDateTime createdAt, OffsetDateTime deadAt,
                                int attempts, ReasonView reason,
                                @JsonRawValue @Schema(type = SchemaType.OBJECT, description = "The event as sent") String payload) {

        static DeadLetterDetailView of(DeadLetterPayload w) {
            DeadLetterView v = DeadLetterView.of(w.letter());
            return new DeadLetterDetailView(v.id(), v.eventType(), v.requestId(), v.createdAt(), v.deadAt(), v.attempts(), v.reason(),
                    w.payload());
        }
    }

    /** Where an event stands after a retry: PENDING (due at nextAttemptAt), or DELIVERED if it was delivered before. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "DeadLetterRetry", requiredProperties = {"id", "state"})
    public record RetryView(UUID id, @Schema(enumeration = {"PENDING", "DELIVERED", "DEAD"}) String state, OffsetDateTime nextAttemptAt) {
    }
}
