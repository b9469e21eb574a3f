package cn.npa.submission.domain.outbox;

/**
 * How the relay reads the HTTP status of a feed call to the report service (docs/reliability.md, "Dead letters"):
 * {@code ANSWERED} (a 200: the per-event results decide), {@code RETRY} (the call failed for a reason that passes:
 * auth, rate limits, timeouts, a missing route, 5xx) or {@code REFUSED} (a 4xx the same events will get again).
 */
public enum FeedVerdict {
    ANSWERED, RETRY, REFUSED;

    /**
     * The report service's feed answers 400 (not an array of objects), 413 (too large), 415, 422 (too many events):
     * these hold for the same body however often it is sent. 401 and 403 are a token or configuration problem, 404 and
     * 405 a route that is not (yet) there, 408, 409, 425 and 429 ask to come back later: all retried, like 5xx.
     */
    public static FeedVerdict of(int status) {
        if (status == 200) {
            return ANSWERED;
        }
        if (status < 400 || status >= 500) {
            return RETRY;
        }
        return switch (status) {
            case 401, 403, 404, 405, 408, 409, 425, 429 -> RETRY;
            default -> REFUSED;
        };
    }
}
