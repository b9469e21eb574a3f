package cn.npa.common.problem;

import java.net.URI;

/**
 * Every kind of problem a service answers: its HTTP status, the slug of its stable {@code type} URI
 * ({@code urn:npa:problem:<slug>}) and its title. The catalogue of what a client may see in {@code type}.
 */
public enum ProblemKind {

    /** 400: a parameter or a body the endpoint cannot read. */
    BAD_REQUEST(400, "bad-request", "Bad request"),
    /** 400: a body that is not (well-formed) JSON. */
    MALFORMED_JSON(400, "malformed-json", "Malformed JSON"),
    /** 401: no valid bearer token. */
    UNAUTHORIZED(401, "unauthorized", "Unauthorized"),
    /** 403: the caller is known but out of scope. */
    FORBIDDEN(403, "forbidden", "Forbidden"),
    /** 404: a thing that does not exist, or that the caller may not know exists. */
    NOT_FOUND(404, "not-found", "Not found"),
    /** 405: the resource does not support the method. */
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed"),
    /** 406: the resource cannot produce the media type asked for. */
    NOT_ACCEPTABLE(406, "not-acceptable", "Not acceptable"),
    /** 409: the request conflicts with what is stored. */
    CONFLICT(409, "conflict", "Conflict"),
    /** 413: the body is larger than the endpoint accepts. */
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "Payload too large"),
    /** 414: the request line is longer than the services read. */
    URI_TOO_LONG(414, "uri-too-long", "URI too long"),
    /** 415: the body's Content-Type is not one the endpoint reads. */
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type"),
    /** 422: well-formed but breaking rules; every finding is listed in {@code errors}. */
    VALIDATION(422, "validation", "The request breaks validation rules"),
    /** 500: an unexpected error; the body carries only the request id. */
    INTERNAL_ERROR(500, "internal-error", "Internal error"),
    /** 503: something the answer needs is not available yet (another service unreachable); try again later. */
    SERVICE_UNAVAILABLE(503, "service-unavailable", "Service unavailable");

    private static final String URN = "urn:npa:problem:";

    private final int status;
    private final String slug;
    private final String title;

    ProblemKind(int status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    /** The stable URI naming this kind (never the request URL). */
    public URI type() {
        return type(slug);
    }

    /** The URI of a kind by slug; only for statuses the catalogue does not name ({@code http-<status>}). */
    static URI type(String slug) {
        return URI.create(URN + slug);
    }
}
