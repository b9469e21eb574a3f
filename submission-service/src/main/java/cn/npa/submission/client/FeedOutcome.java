package cn.npa.submission.client;

/**
 * The report service's answer for one event of a feed call: {@code STORED} or {@code DUPLICATE} (both acknowledge the
 * event), {@code REJECTED} with the error text, or anything else it may say (treated like a rejection).
 */
public record FeedOutcome(String eventId, String outcome, String error, java.util.List<String> rules) {

    public static final String STORED = "STORED";
    public static final String DUPLICATE = "DUPLICATE";
    public static final String REJECTED = "REJECTED";

    /** True when the report service has the event (new or received before): the relay marks it delivered. */
    public boolean acknowledged() {
        return STORED.equals(outcome) || DUPLICATE.equals(outcome);
    }

    /** True when the report service refused the event itself (it cannot be read): the same event is refused every time. */
    public boolean refused() {
        return REJECTED.equals(outcome);
    }
}
