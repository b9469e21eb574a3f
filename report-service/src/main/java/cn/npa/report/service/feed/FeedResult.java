package cn.npa.report.service.feed;

import cn.npa.common.problem.FieldError;
import cn.npa.report.domain.feed.FeedOutcome;
import java.util.List;
import java.util.UUID;

/** The outcome of one event of a feed call, with the reasons of a refusal. */
public record FeedResult(UUID eventId, FeedOutcome outcome, List<FieldError> errors) {

    public FeedResult {
        errors = List.copyOf(errors);
    }
}
