package cn.npa.report.domain.outbox;

/**
 * How the figures relay reads the indicator service's answer to {@code POST /api/v1/figures} (docs/reliability.md,
 * "Dead letters"): {@code DELIVERED} (2xx), {@code RETRY} (passes: auth, rate limits, timeouts, a missing route, 5xx)
 * or {@code REFUSED} (the same figures would be refused again: park them).
 */
public enum FiguresVerdict {
    DELIVERED, RETRY, REFUSED;

    /**
     * The intake answers 400 (unreadable), 409 (this period and figure version were received before with other bytes:
     * sending the same version again meets the same 409), 413, 415 and 422 (findings V1, V4, FIG-NODE ...): refused for
     * good. 401 and 403 are a token or configuration problem, 404 and 405 a route not (yet) there, 408, 425 and 429 ask
     * to come back later: retried, like 5xx.
     */
    public static FiguresVerdict of(int status) {
        if (status / 100 == 2) {
            return DELIVERED;
        }
        if (status < 400 || status >= 500) {
            return RETRY;
        }
        return switch (status) {
            case 401, 403, 404, 405, 408, 425, 429 -> RETRY;
            default -> REFUSED;
        };
    }
}
