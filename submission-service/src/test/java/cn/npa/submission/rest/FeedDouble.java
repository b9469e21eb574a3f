package cn.npa.submission.rest;

import cn.npa.common.security.Roles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Plays the report service's {@code POST /api/v1/feed} (docs/feed.md) inside this service's tests, on the test's own
 * port: records every call as received (raw body and Authorization header) and answers STORED for each event, unless
 * a test asked for another status, a rejection of some event ids, an event left out of the answer, a 422 for every call
 * carrying some event id, or a slow answer.
 * Only a service token gets in, as at the real report service. Hidden from the OpenAPI document (not an operation of
 * this service).
 */
@Path("/api/v1/feed")
public class FeedDouble {

    /** One call as received. */
    public record Call(String authorization, String body, List<String> eventIds) {
    }

    static final List<Call> CALLS = new CopyOnWriteArrayList<>();
    /** Event id → the error message it is rejected with. */
    static final Map<String, String> REJECT = new ConcurrentHashMap<>();
    /** Event ids the answer leaves out. */
    static final Set<String> OMIT = ConcurrentHashMap.newKeySet();
    /** Event ids that make a whole call answer 422 problem+json, as a receiver does that cannot read its body. */
    static final Set<String> REFUSE_CALL = ConcurrentHashMap.newKeySet();
    static volatile int status = 200;
    static volatile long delayMillis;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Forgets the calls and answers normally again. */
    static void reset() {
        CALLS.clear();
        REJECT.clear();
        OMIT.clear();
        REFUSE_CALL.clear();
        status = 200;
        delayMillis = 0;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SERVICE)
    @Operation(hidden = true)
    public Response feed(@HeaderParam("Authorization") String authorization, String body) throws IOException, InterruptedException {
        JsonNode events = JSON.readTree(body);
        List<String> ids = new ArrayList<>();
        events.forEach(e -> ids.add(e.path("eventId").asText()));
        CALLS.add(new Call(authorization, body, List.copyOf(ids)));
        if (delayMillis > 0) {
            Thread.sleep(delayMillis);
        }
        if (status != 200) {
            return Response.status(status).type("application/problem+json")
                    .entity("{\"type\":\"about:blank\",\"title\":\"down\",\"status\":" + status + "}").build();
        }
        if (ids.stream().anyMatch(REFUSE_CALL::contains)) {
            ObjectNode problem = JSON.createObjectNode().put("type", "https://npa.example/problems/validation")
                    .put("title", "Unprocessable request").put("status", 422).put("detail", "An event of the call cannot be read; nothing was stored.");
            problem.putArray("errors").addObject().put("rule", "EVENT").put("path", "$[0].period").put("message", "not a period");
            return Response.status(422).type("application/problem+json").entity(problem.toString()).build();
        }
        ObjectNode answer = JSON.createObjectNode();
        ArrayNode results = answer.putArray("results");
        for (String id : ids) {
            if (OMIT.contains(id)) {
                continue;
            }
            ObjectNode r = results.addObject().put("eventId", id);
            String rejected = REJECT.get(id);
            if (rejected == null) {
                r.put("outcome", "STORED");
            } else {
                r.put("outcome", "REJECTED");
                r.putArray("errors").addObject().put("rule", "EVENT").put("path", "$").put("message", rejected);
            }
        }
        return Response.ok(answer.toString(), MediaType.APPLICATION_JSON).build();
    }
}
