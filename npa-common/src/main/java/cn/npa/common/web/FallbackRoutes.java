package cn.npa.common.web;

import cn.npa.common.problem.Problem;
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
        router.route().order(Integer.MAX_VALUE).handler(ctx -> answer(ctx, 404, "not-found", "Not found", "No resource at this path."));
        router.errorHandler(413, ctx -> answer(ctx, 413, "payload-too-large", "Payload too large",
                "The request body is larger than this endpoint accepts."));
        router.errorHandler(404, ctx -> answer(ctx, 404, "not-found", "Not found", "No resource at this path."));
    }

    private static void answer(RoutingContext ctx, int status, String kind, String title, String detail) {
        if (ctx.response().headWritten()) {
            return;
        }
        String id = RequestIds.accept(ctx.request().getHeader(RequestIds.HEADER));
        JsonObject body = new JsonObject()
                .put("type", Problem.type(kind).toString())
                .put("title", title)
                .put("status", status)
                .put("detail", detail)
                .put("requestId", id);
        ctx.response().setStatusCode(status)
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader(RequestIds.HEADER, id)
                .end(body.encode());
    }
}
