package cn.npa.submission.client;

import java.util.List;

/** What one feed call came back with: the HTTP status and, for a 200, one outcome per event (in the order sent). */
public record FeedAnswer(int status, List<FeedOutcome> results) {

    /** True for a 200: the results are the report service's word on each event; anything else fails the whole batch. */
    public boolean ok() {
        return status == 200;
    }
}
