package cn.npa.report.rest.rollup;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The indicator service's figures intake as its contract describes it (docs/indicators.md, "Intake"), played inside the
 * report service's tests: it keeps what it receives and answers the status a test sets, or refuses the figures of
 * chosen periods with a problem+json.
 */
@Path("/api/v1/figures")
@PermitAll
public class IndicatorFiguresFixture {

    static final List<String> RECEIVED = new CopyOnWriteArrayList<>();
    static volatile int status = 200;
    /** Period → the status its figures are refused with (a problem+json naming rule V4), whatever {@link #status} says. */
    static final Map<String, Integer> REFUSE = new ConcurrentHashMap<>();

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Response receive(String body) {
        RECEIVED.add(body);
        for (Map.Entry<String, Integer> refused : REFUSE.entrySet()) {
            if (body.contains("\"period\":\"" + refused.getKey() + "\"")) {
                return Response.status(refused.getValue()).type("application/problem+json").entity("{\"type\":\"https://npa.example/problems/validation\","
                        + "\"title\":\"Unprocessable figures\",\"status\":" + refused.getValue() + ",\"detail\":\"Parts exceed their whole; nothing stored.\","
                        + "\"errors\":[{\"rule\":\"V4\",\"path\":\"$.nodes[0]\",\"message\":\"npl exceeds totalLoans\"}]}").build();
            }
        }
        return Response.status(status).entity("{}").type(MediaType.APPLICATION_JSON).build();
    }
}
