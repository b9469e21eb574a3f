package cn.npa.common.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Maps every exception that can leave a resource to RFC 9457 problem+json.
 * One method per exception type; each names a stable problem kind and never leaks class names, SQL or stack traces.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response application(ProblemException e) {
        return Problems.response(e);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        return switch (status) {
            case 400 -> Problems.response(ProblemKind.BAD_REQUEST, "The request cannot be read.", List.of());
            case 401 -> unauthorized();
            case 403 -> forbidden();
            case 404 -> Problems.response(ProblemKind.NOT_FOUND, "No resource at this path.", List.of());
            case 405 -> Problems.response(ProblemKind.METHOD_NOT_ALLOWED,
                    "This resource does not support the request method.", List.of());
            case 406 -> Problems.response(ProblemKind.NOT_ACCEPTABLE,
                    "The resource cannot produce the media type in the Accept header.", List.of());
            case 413 -> Problems.response(ProblemKind.PAYLOAD_TOO_LARGE,
                    "The request body is larger than this endpoint accepts.", List.of());
            case 415 -> Problems.response(ProblemKind.UNSUPPORTED_MEDIA_TYPE,
                    "Send the body with a supported Content-Type (usually application/json).", List.of());
            default -> status >= 500 ? internal(e) : Problems.response(status,
                    e.getResponse().getStatusInfo().getReasonPhrase(), "The request could not be served.");
        };
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e) {
        String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        return Problems.response(ProblemException.malformedJson("The body is not valid JSON" + where + ".", RuleId.JSON,
                "Not valid JSON" + where));
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e) {
        String path = JsonPaths.of(e);
        return Problems.response(ProblemKind.BAD_REQUEST, "The body has a field this endpoint does not know.",
                List.of(new FieldError(RuleId.V7, path, "Unknown field '" + e.getPropertyName() + "'")));
    }

    @ServerExceptionMapper
    public Response wrongValue(InvalidFormatException e) {
        return mismatched(e);
    }

    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e) {
        String path = JsonPaths.of(e);
        String expected = e.getTargetType() == null ? "another type" : JsonPaths.describe(e.getTargetType());
        return Problems.response(ProblemKind.BAD_REQUEST, "A field of the body has the wrong type.",
                List.of(new FieldError(RuleId.TYPE, path, "Expected " + expected)));
    }

    @ServerExceptionMapper
    public Response mapping(JsonMappingException e) {
        return Problems.response(ProblemKind.BAD_REQUEST, "The body cannot be read.",
                List.of(new FieldError(RuleId.JSON, JsonPaths.of(e), "The value cannot be read here")));
    }

    @ServerExceptionMapper
    public Response jsonProcessing(JsonProcessingException e) {
        return Problems.response(ProblemException.malformedJson("The body is not valid JSON.", RuleId.JSON, "Not valid JSON"));
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(RuleId.CONSTRAINT, ConstraintPaths.of(v), v.getMessage()))
                .sorted(java.util.Comparator.comparing(FieldError::path))
                .toList();
        return Problems.response(ProblemKind.BAD_REQUEST, "The request breaks " + errors.size() + " constraint(s).", errors);
    }

    @ServerExceptionMapper
    public Response authentication(AuthenticationFailedException e) {
        return unauthorized();
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e) {
        return unauthorized();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return forbidden();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        return internal(e);
    }

    private static Response unauthorized() {
        return Response.fromResponse(Problems.response(ProblemKind.UNAUTHORIZED,
                "Present a valid bearer token.", List.of())).header("WWW-Authenticate", "Bearer").build();
    }

    private static Response forbidden() {
        return Problems.response(ProblemKind.FORBIDDEN, "The caller may not perform this operation.", List.of());
    }

    private static Response internal(Throwable e) {
        LOG.error("Unexpected error", e);
        return Problems.response(ProblemKind.INTERNAL_ERROR,
                "An unexpected error occurred; quote the request id when reporting it.", List.of());
    }

    /** Readable JSON-pointer-like paths of constraint violations ("body.items[2].code" becomes "$.items[2].code"). */
    static final class ConstraintPaths {
        private ConstraintPaths() {
        }

        static String of(ConstraintViolation<?> v) {
            String raw = v.getPropertyPath().toString();
            String[] parts = raw.split("\\.", 3);
            // Drop the method name and the parameter name for REST method parameters.
            String tail = parts.length == 3 ? parts[2] : parts.length == 2 ? parts[1] : raw;
            return "$." + tail;
        }
    }
}
