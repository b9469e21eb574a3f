package cn.npa.common.web;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Puts the request id into the log context for the whole call and echoes it in the response. */
public class RequestIdFilter {

    @ServerRequestFilter(preMatching = true)
    public void onRequest(ContainerRequestContext ctx, HttpServerRequest request) {
        String id = RequestIds.accept(ctx.getHeaderString(RequestIds.HEADER));
        RequestIds.set(id);
        ctx.setProperty(RequestIds.MDC_KEY, id);
    }

    @ServerResponseFilter
    public void onResponse(ContainerRequestContext request, ContainerResponseContext response) {
        Object id = request.getProperty(RequestIds.MDC_KEY);
        if (id != null) {
            response.getHeaders().putSingle(RequestIds.HEADER, id);
        }
    }
}
