package cn.npa.common.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;

/** RFC 9457 problem details body, with the validation {@code errors} extension and the request id of the call. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(URI type, String title, int status, String detail, String requestId, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
