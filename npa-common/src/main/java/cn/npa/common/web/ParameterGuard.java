package cn.npa.common.web;

import cn.npa.common.problem.FieldError;
import cn.npa.common.problem.ProblemException;
import cn.npa.common.problem.Problems;
import cn.npa.common.problem.RuleId;
import cn.npa.common.text.UsableText;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses path and query parameters that no code, period, name or filter can contain: control characters (NUL and the
 * rest of C0, DEL) and lone UTF-16 surrogates. They get a 400 naming every such parameter before they reach a query:
 * PostgreSQL refuses a NUL in a text parameter with an error, which used to surface as a 500. Query parameters that
 * are numbers, dates or ids and cannot be read as one get a 400 naming them too ({@link QueryParameterTypes}).
 */
public class ParameterGuard {

    @ServerRequestFilter
    public Response refuseUnusableParameters(ContainerRequestContext ctx, ResourceInfo resource) {
        List<FieldError> errors = new ArrayList<>();
        check(ctx.getUriInfo().getPathParameters(), "path parameter", errors);
        check(ctx.getUriInfo().getQueryParameters(), "query parameter", errors);
        if (errors.isEmpty()) {
            QueryParameterTypes.check(resource == null ? null : resource.getResourceMethod(), ctx.getUriInfo().getQueryParameters(), errors);
        }
        if (errors.isEmpty()) {
            return null;
        }
        return Problems.response(ProblemException.badRequest(errors.size() + " parameter(s) cannot be read; nothing was read.", errors));
    }

    private static void check(MultivaluedMap<String, String> params, String what, List<FieldError> errors) {
        for (Map.Entry<String, List<String>> e : params.entrySet()) {
            if (!usable(e.getKey()) || e.getValue().stream().anyMatch(v -> !usable(v))) {
                errors.add(new FieldError(RuleId.PARAM, usable(e.getKey()) ? e.getKey() : "?",
                        what + " must not contain control characters (such as NUL) or unpaired UTF-16 surrogates"));
            }
        }
    }

    /** True when the text has no control character and no unpaired surrogate. */
    static boolean usable(String text) {
        return UsableText.firstUnusableInValue(text) < 0;
    }
}
