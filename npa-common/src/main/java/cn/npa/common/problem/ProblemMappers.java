package cn.npa.common.problem;

import cn.npa.common.security.MisfitTokenException;
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
import jakarta.ws.rs.core.HttpHeaders;
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
            case 400 -> e.getCause() instanceof JsonProcessingException json ? Problems.response(JsonProblems.of(json, RuleId.JSON))
                    : Problems.response(ProblemKind.BAD_REQUEST, "The request cannot be read.",
                            List.of(new FieldError(RuleId.REQUEST, "$", "a header, parameter or the body has a form this operation cannot read")));
            case 401 -> unauthorized();
            case 403 -> forbidden();
            case 404 -> Problems.response(ProblemKind.NOT_FOUND, "No resource at this path.", List.of());
            case 405 -> Problems.response(ProblemKind.METHOD_NOT_ALLOWED,
                    "This resource does not support the request method.", List.of());
            case 406 -> Problems.response(ProblemKind.NOT_ACCEPTABLE,
                    "The resource cannot produce the media type in the Accept header.", List.of(new FieldError(RuleId.ACCEPT,
                            HttpHeaders.ACCEPT, "ask for a media type the operation answers in (see the API description), usually application/json")));
            case 413 -> Problems.response(ProblemKind.PAYLOAD_TOO_LARGE, "The request body is larger than this endpoint accepts.",
                    List.of(new FieldError(RuleId.BODY_SIZE, "$", "the body is larger than this operation reads")));
            case 415 -> Problems.response(ProblemKind.UNSUPPORTED_MEDIA_TYPE,
                    "Send the body with a supported Content-Type (usually application/json).", List.of(new FieldError(RuleId.CONTENT_TYPE,
                            HttpHeaders.CONTENT_TYPE, "send the body as a media type the operation reads (see the API description), usually application/json")));
            default -> status >= 500 ? internal(e) : Problems.response(status,
                    e.getResponse().getStatusInfo().getReasonPhrase(), "The request could not be served.");
        };
    }

    /** Every failure of Jackson to read a body: bad syntax, wrong types, unknown fields, values that cannot be stored. */
    @ServerExceptionMapper
    public Response json(JsonProcessingException e) {
        return Problems.response(JsonProblems.of(e, RuleId.JSON));
    }

    /** As {@link #json}; each subtype named, so that no built-in mapper of a narrower type answers in its own words. */
    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e) {
        return json(e);
    }

    @ServerExceptionMapper
    public Response mapping(JsonMappingException e) {
        return json(e);
    }

    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e) {
        return json(e);
    }

    @ServerExceptionMapper
    public Response wrongValue(InvalidFormatException e) {
        return json(e);
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e) {
        return json(e);
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
        return MisfitTokenException.in(e).map(misfit -> Response.fromResponse(Problems.response(ProblemKind.UNAUTHORIZED,
                        "The token's role does not fit its institution.", List.of(new FieldError(RuleId.TOKEN, "Authorization", misfit.getMessage()))))
                .header("WWW-Authenticate", "Bearer error=\"invalid_token\"").build()).orElseGet(ProblemMappers::unauthorized);
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
