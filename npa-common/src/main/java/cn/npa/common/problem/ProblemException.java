package cn.npa.common.problem;

import java.util.List;

/** An error the application raises on purpose; mapped to problem+json with its status and kind. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String kind;
    private final String title;
    private final List<FieldError> errors;

    public ProblemException(int status, String kind, String title, String detail, List<FieldError> errors) {
        super(detail, null, false, false);
        this.status = status;
        this.kind = kind;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public ProblemException(int status, String kind, String title, String detail) {
        this(status, kind, title, detail, List.of());
    }

    /** 404: a thing that does not exist, or that the caller may not know exists. */
    public static ProblemException notFound(String detail) {
        return new ProblemException(404, "not-found", "Not found", detail);
    }

    /** 409: the request conflicts with what is stored. */
    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "conflict", "Conflict", detail);
    }

    /** 403: the caller is known but out of scope. */
    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "Forbidden", detail);
    }

    /** 422: the request is well-formed but breaks rules; every finding is listed. */
    public static ProblemException invalid(String detail, List<FieldError> errors) {
        return new ProblemException(422, "validation", "The request breaks validation rules", detail, errors);
    }

    /** 400: the request cannot be read (bad parameter, bad syntax). */
    public static ProblemException badRequest(String detail, List<FieldError> errors) {
        return new ProblemException(400, "bad-request", "Bad request", detail, errors);
    }

    public int status() {
        return status;
    }

    public String kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
