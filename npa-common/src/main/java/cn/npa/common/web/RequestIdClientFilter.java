package cn.npa.common.web;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.ext.Provider;

/** Passes the current request id on to the service we call, so one id follows a request across services. */
@Provider
public class RequestIdClientFilter implements ClientRequestFilter {

    @Override
    public void filter(ClientRequestContext ctx) {
        String id = RequestIds.current();
        if (id != null && !ctx.getHeaders().containsKey(RequestIds.HEADER)) {
            ctx.getHeaders().putSingle(RequestIds.HEADER, id);
        }
    }
}
