package cn.npa.common.web;

import cn.npa.common.problem.FieldError;
import cn.npa.common.problem.ProblemException;
import cn.npa.common.problem.RuleId;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import java.util.List;

/**
 * An operation that reads a JSON body gets one: an empty body or the JSON {@code null} is a 400 naming the body, not a
 * null argument that the resource would trip over (it used to surface as a 500). Server side only: an empty answer
 * read by a REST client is that client's business.
 */
@Provider
@ConstrainedTo(RuntimeType.SERVER)
public class RequiredBody implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext ctx) throws IOException {
        Object body = ctx.proceed();
        if (body == null) {
            throw ProblemException.badRequest("The request has no body; nothing was read.",
                    List.of(new FieldError(RuleId.JSON, "$", "this operation needs a JSON body (not empty, not null)")));
        }
        return body;
    }
}
