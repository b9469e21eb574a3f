package cn.npa.testing.fuzz;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * One request of a fuzz run, exactly as it goes on the wire: method, encoded path and query, headers, body bytes; and
 * what was changed from the rightful request, for the failure message.
 */
public record FuzzRequest(String what, String method, String target, Map<String, String> headers, byte[] body) {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /** Sends it to the service at {@code base} (scheme, host and port). */
    public HttpResponse<byte[]> send(String base) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + target)).timeout(Duration.ofSeconds(60));
        headers.forEach(b::header);
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body);
        return CLIENT.send(b.method(method, publisher).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The request in one line for a report: method, target (clipped) and what was hostile about it. */
    public String describe() {
        String t = target.length() > 160 ? target.substring(0, 160) + "…(" + target.length() + " chars)" : target;
        return method + " " + t + " [" + what + "]";
    }
}
