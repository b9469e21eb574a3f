package cn.npa.common.web;

import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/** The request id of the current call: taken from {@code X-Request-Id} when sane, else made up; kept in the log MDC. */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private RequestIds() {
    }

    /** The id to use for an incoming header value: the caller's when it is safe to log, else a new UUID. */
    public static String accept(String incoming) {
        return incoming != null && SAFE.matcher(incoming).matches() ? incoming : UUID.randomUUID().toString();
    }

    public static String current() {
        Object id = MDC.get(MDC_KEY);
        return id == null ? null : id.toString();
    }

    public static void set(String id) {
        MDC.put(MDC_KEY, id);
    }

    /** Forgets the id, for threads (scheduler, relay) that serve one request after another. */
    public static void clear() {
        MDC.remove(MDC_KEY);
    }
}
