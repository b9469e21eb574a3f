package cn.npa.report.rest.feed;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import cn.npa.common.problem.FieldError;
import cn.npa.report.service.feed.FeedResult;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.UUID;

/** The answer to a feed call: one result per event, in the order sent. */
public record FeedResultsDto(List<Result> results) {

    /** One event's outcome (STORED, DUPLICATE, REJECTED) and, when refused, why. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @Schema(requiredProperties = {"outcome"})
    public record Result(@Schema(description = "The event's id; absent for an event without a readable one (it is refused)") UUID eventId, String outcome, List<FieldError> errors) {
    }

    static FeedResultsDto of(List<FeedResult> results) {
        return new FeedResultsDto(results.stream().map(r -> new Result(r.eventId(), r.outcome().name(), r.errors())).toList());
    }
}
