package cn.npa.report.service.feed;

import cn.npa.common.problem.FieldError;
import cn.npa.report.domain.AcceptedStatement;
import cn.npa.report.domain.feed.ObligationStatusEvent;
import cn.npa.report.domain.feed.RegisterChangedEvent;
import cn.npa.report.domain.figures.Figures;
import java.util.List;
import java.util.UUID;

/** One event of a feed call as read: one of the three kinds of docs/feed.md, or a refusal with its reasons. */
public sealed interface FeedEvent {

    /** The event id as sent, or null when it could not be read. */
    UUID eventId();

    /** An accepted filing version with its figures already read (so a rollup never meets an unreadable filing). */
    record Statement(AcceptedStatement statement, Figures figures) implements FeedEvent {
        public UUID eventId() {
            return statement.eventId();
        }
    }

    record Obligation(ObligationStatusEvent event) implements FeedEvent {
        public UUID eventId() {
            return event.eventId();
        }
    }

    record Register(RegisterChangedEvent event) implements FeedEvent {
        public UUID eventId() {
            return event.eventId();
        }
    }

    record Rejected(UUID eventId, List<FieldError> errors) implements FeedEvent {
    }
}
