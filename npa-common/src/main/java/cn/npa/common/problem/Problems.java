package cn.npa.common.problem;

import cn.npa.common.web.RequestIds;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Builds problem+json responses so every mapper answers in the same shape. */
public final class Problems {

    private Problems() {
    }

    public static Response response(int status, String kind, String title, String detail, List<FieldError> errors) {
        Problem body = new Problem(Problem.type(kind), title, status, detail, RequestIds.current(), errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    public static Response response(ProblemException e) {
        return response(e.status(), e.kind(), e.title(), e.getMessage(), e.errors());
    }
}
