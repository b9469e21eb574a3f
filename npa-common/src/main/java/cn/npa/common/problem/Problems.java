package cn.npa.common.problem;

import cn.npa.common.text.UsableText;
import cn.npa.common.web.RequestIds;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/**
 * Builds problem+json responses so every mapper answers in the same shape. Texts that echo a caller's input are
 * made printable (a NUL or a lone surrogate becomes U+FFFD) and clipped, so that no answer carries what the request
 * may not, or sends a huge value back.
 */
public final class Problems {

    private static final int LONGEST = 1000;

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
        List<FieldError> printable = errors.stream()
                .map(e -> new FieldError(e.rule(), shown(e.path()), shown(e.message()))).toList();
        Problem body = new Problem(type, title, status, shown(detail), RequestIds.current(), printable);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    /** A text as shown to the caller: printable, and at most {@value #LONGEST} characters (an echoed 300 KB value is not sent back). */
    private static String shown(String text) {
        String p = UsableText.printable(text);
        return p == null || p.length() <= LONGEST ? p : p.substring(0, LONGEST) + "… (" + p.length() + " characters)";
    }
}
