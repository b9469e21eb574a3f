package cn.npa.submission.client;

/**
 * The report service's answer for one event of a feed call: {@code STORED} or {@code DUPLICATE} (both acknowledge the
 * event), {@code REJECTED} with the error text, or anything else it may say (treated like a rejection).
 */
public record FeedOutcome(String eventId, String outcome, String error) {

    public static final String STORED = "STORED";
    public static final String DUPLICATE = "DUPLICATE";
    public static final String REJECTED = "REJECTED";

    /** True when the report service has the event (new or received before): the relay marks it delivered. */
    public boolean acknowledged() {
        return STORED.equals(outcome) || DUPLICATE.equals(outcome);
    }
}
