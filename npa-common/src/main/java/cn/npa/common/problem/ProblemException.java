package cn.npa.common.problem;

import java.util.List;

/** An error the application raises on purpose; mapped to problem+json with the status and title of its kind. */
public class ProblemException extends RuntimeException {

    private final ProblemKind kind;
    private final List<FieldError> errors;

    public ProblemException(ProblemKind kind, String detail, List<FieldError> errors) {
        super(detail, null, false, false);
        this.kind = kind;
        this.errors = List.copyOf(errors);
    }

    public ProblemException(ProblemKind kind, String detail) {
        this(kind, detail, List.of());
    }

    /** 404: a thing that does not exist, or that the caller may not know exists. */
    public static ProblemException notFound(String detail) {
        return new ProblemException(ProblemKind.NOT_FOUND, detail);
    }

    /** 409: the request conflicts with what is stored. */
    public static ProblemException conflict(String detail) {
        return new ProblemException(ProblemKind.CONFLICT, detail);
    }

    /** 403: the caller is known but out of scope. */
    public static ProblemException forbidden(String detail) {
        return new ProblemException(ProblemKind.FORBIDDEN, detail);
    }

    /** 403: the caller is out of scope, with the findings that say why (V8). */
    public static ProblemException forbidden(String detail, List<FieldError> errors) {
        return new ProblemException(ProblemKind.FORBIDDEN, detail, errors);
    }

    /** 422: the request is well-formed but breaks rules; every finding is listed. */
    public static ProblemException invalid(String detail, List<FieldError> errors) {
        return new ProblemException(ProblemKind.VALIDATION, detail, errors);
    }

    /** 400: the request cannot be read (bad parameter, bad syntax). */
    public static ProblemException badRequest(String detail, List<FieldError> errors) {
        return new ProblemException(ProblemKind.BAD_REQUEST, detail, errors);
    }

    /**
     * 400: the body is not (well-formed) JSON, with the one finding at {@code $} that says where. The one place the
     * malformed-JSON problem is built: the exception mappers and the filing intake both come here.
     */
    public static ProblemException malformedJson(String detail, RuleId rule, String message) {
        return new ProblemException(ProblemKind.MALFORMED_JSON, detail, List.of(new FieldError(rule, "$", message)));
    }

    /** 413: the body is larger than the endpoint accepts, with the one finding (BODY-SIZE) that says the limit. */
    public static ProblemException payloadTooLarge(String detail, long maxBytes) {
        return new ProblemException(ProblemKind.PAYLOAD_TOO_LARGE, detail,
                List.of(new FieldError(RuleId.BODY_SIZE, "$", "the body may be at most " + maxBytes + " bytes")));
    }

    public int status() {
        return kind.status();
    }

    public ProblemKind kind() {
        return kind;
    }

    public String title() {
        return kind.title();
    }

    public List<FieldError> errors() {
        return errors;
    }
}
