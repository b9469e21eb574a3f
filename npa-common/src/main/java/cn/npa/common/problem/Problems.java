package cn.npa.common.problem;

import cn.npa.common.web.RequestIds;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/** Builds problem+json responses so every mapper answers in the same shape. */
public final class Problems {

    private Problems() {
    }

    public static Response response(ProblemKind kind, String detail, List<FieldError> errors) {
        return response(kind.status(), kind.type(), kind.title(), detail, errors);
    }

    public static Response response(ProblemException e) {
        return response(e.kind(), e.getMessage(), e.errors());
    }

    /** A status the catalogue does not name: {@code urn:npa:problem:http-<status>} with the reason phrase as title. */
    static Response response(int status, String reasonPhrase, String detail) {
        return response(status, ProblemKind.type("http-" + status), reasonPhrase, detail, List.of());
    }

    private static Response response(int status, URI type, String title, String detail, List<FieldError> errors) {
        Problem body = new Problem(type, title, status, detail, RequestIds.current(), errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
    }
}
