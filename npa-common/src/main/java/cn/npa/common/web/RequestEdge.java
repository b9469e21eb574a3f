package cn.npa.common.web;

import cn.npa.common.problem.FieldError;
import cn.npa.common.problem.ProblemKind;
import cn.npa.common.problem.RuleId;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;

/**
 * The first handler of every request, before authentication: fixes its request id (the caller's when usable, else a
 * new one) so that every answer carries it, 401s and the HTTP layer's own errors too; answers a request line longer
 * than {@value #MAX_URI} characters with a 414 problem; and sends at most one {@code WWW-Authenticate} challenge.
 */
@ApplicationScoped
public class RequestEdge {

    /** The longest request line (path and query) read; the HTTP layer itself refuses lines above 64 KB (application config). */
    public static final int MAX_URI = 4096;
    /** Before Quarkus' authentication (order -200 and later), after its access log and body handling. */
    private static final int ORDER = -10_000;
    private static final String CHALLENGE = "WWW-Authenticate";

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(RequestEdge::handle);
    }

    private static void handle(RoutingContext ctx) {
        String id = RequestIds.accept(ctx.request().getHeader(RequestIds.HEADER));
        ctx.request().headers().set(RequestIds.HEADER, id);
        RequestIds.set(id);
        ctx.addHeadersEndHandler(v -> {
            MultiMap headers = ctx.response().headers();
            if (!headers.contains(RequestIds.HEADER)) {
                headers.set(RequestIds.HEADER, id);
            }
            List<String> challenges = headers.getAll(CHALLENGE);
            if (challenges.size() > 1) {
                headers.set(CHALLENGE, challenges.get(challenges.size() - 1));
            }
        });
        if (ctx.request().uri().length() > MAX_URI) {
            FallbackRoutes.answer(ctx, ProblemKind.URI_TOO_LONG, "The request line is " + ctx.request().uri().length()
                    + " characters long; nothing was read.", List.of(new FieldError(RuleId.URI, "URI",
                    "path and query together may be at most " + MAX_URI + " characters")));
            return;
        }
        ctx.next();
    }
}
