package cn.npa.submission.client;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** Sends one event to the report service with a timeout and a couple of quick retries; the outbox retries later. */
@ApplicationScoped
public class ReportServiceNotifier {

    private final ReportServiceApi api;

    public ReportServiceNotifier(@RestClient ReportServiceApi api) {
        this.api = api;
    }

    /** True when the report service acknowledged the event (2xx). */
    @Timeout(5000)
    @Retry(maxRetries = 2, delay = 200)
    public boolean deliver(JsonNode event, String token) {
        try (Response r = api.receive("Bearer " + token, event)) {
            return r.getStatus() / 100 == 2;
        }
    }
}
