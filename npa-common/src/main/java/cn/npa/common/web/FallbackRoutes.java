package cn.npa.common.web;

import cn.npa.common.problem.Problem;
import cn.npa.common.problem.ProblemKind;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Answers requests that no route serves (unknown paths outside the REST layer, bodies over the size limit) with
 * problem+json instead of the HTTP layer's plain-text pages.
 */
@ApplicationScoped
public class FallbackRoutes {

    void install(@Observes Router router) {
        router.route().order(Integer.MAX_VALUE).handler(ctx -> answer(ctx, ProblemKind.NOT_FOUND, "No resource at this path."));
        router.errorHandler(413, ctx -> answer(ctx, ProblemKind.PAYLOAD_TOO_LARGE,
                "The request body is larger than this endpoint accepts."));
        router.errorHandler(404, ctx -> answer(ctx, ProblemKind.NOT_FOUND, "No resource at this path."));
    }

    private static void answer(RoutingContext ctx, ProblemKind kind, String detail) {
        if (ctx.response().headWritten()) {
            return;
        }
        String id = RequestIds.accept(ctx.request().getHeader(RequestIds.HEADER));
        JsonObject body = new JsonObject()
                .put("type", kind.type().toString())
                .put("title", kind.title())
                .put("status", kind.status())
                .put("detail", detail)
                .put("requestId", id);
        ctx.response().setStatusCode(kind.status())
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader(RequestIds.HEADER, id)
                .end(body.encode());
    }
}
