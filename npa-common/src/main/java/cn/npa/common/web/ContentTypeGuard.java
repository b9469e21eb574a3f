package cn.npa.common.web;

import cn.npa.common.problem.FieldError;
import cn.npa.common.problem.ProblemException;
import cn.npa.common.problem.ProblemKind;
import cn.npa.common.problem.Problems;
import cn.npa.common.problem.RuleId;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A request that sends a body must say what it is: without a Content-Type the framework would read it as whatever the
 * operation consumes, so a body of unknown type would be accepted. Such a request gets a 415 naming the header.
 */
public class ContentTypeGuard {

    private static final Set<String> WITH_BODY = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH);

    @ServerRequestFilter
    public Response requireContentTypeOfABody(ContainerRequestContext ctx) {
        if (!WITH_BODY.contains(ctx.getMethod()) || ctx.getHeaderString(HttpHeaders.CONTENT_TYPE) != null || !sendsBody(ctx)) {
            return null;
        }
        return Problems.response(new ProblemException(ProblemKind.UNSUPPORTED_MEDIA_TYPE, "The body has no Content-Type; nothing was read.",
                List.of(new FieldError(RuleId.CONTENT_TYPE, HttpHeaders.CONTENT_TYPE,
                        "a request with a body must name its type (application/json, or text/csv where the operation says so)"))));
    }

    private static boolean sendsBody(ContainerRequestContext ctx) {
        String length = ctx.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        return ctx.getHeaderString("Transfer-Encoding") != null || (length != null && !length.strip().equals("0"));
    }
}
