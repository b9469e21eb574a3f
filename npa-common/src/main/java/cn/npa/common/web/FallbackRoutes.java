package cn.npa.common.web;

import cn.npa.common.problem.FieldError;
import cn.npa.common.problem.Problem;
import cn.npa.common.problem.ProblemKind;
import cn.npa.common.problem.RuleId;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;

/**
 * Answers requests that no route serves (unknown paths outside the REST layer, bodies over the size limit) with
 * problem+json instead of the HTTP layer's plain-text pages.
 */
@ApplicationScoped
public class FallbackRoutes {

    void install(@Observes Router router) {
        router.route().order(Integer.MAX_VALUE).handler(ctx -> answer(ctx, ProblemKind.NOT_FOUND, "No resource at this path.", List.of()));
        router.errorHandler(413, ctx -> answer(ctx, ProblemKind.PAYLOAD_TOO_LARGE, "The request body is larger than this service accepts.",
                List.of(new FieldError(RuleId.BODY_SIZE, "$", "the body is larger than any operation of this service reads"))));
        router.errorHandler(404, ctx -> answer(ctx, ProblemKind.NOT_FOUND, "No resource at this path.", List.of()));
    }

    /** Writes a problem straight to the HTTP response, for answers given before (or outside) the REST layer. */
    static void answer(RoutingContext ctx, ProblemKind kind, String detail, List<FieldError> errors) {
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
        if (!errors.isEmpty()) {
            JsonArray list = new JsonArray();
            errors.forEach(e -> list.add(new JsonObject().put("rule", e.rule()).put("path", e.path()).put("message", e.message())));
            body.put("errors", list);
        }
        ctx.response().setStatusCode(kind.status())
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader(RequestIds.HEADER, id)
                .end(body.encode());
    }
}
