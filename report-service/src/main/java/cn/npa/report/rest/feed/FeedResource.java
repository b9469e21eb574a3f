package cn.npa.report.rest.feed;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import cn.npa.common.problem.FieldError;
import cn.npa.common.problem.ProblemException;
import cn.npa.common.problem.RuleId;
import cn.npa.common.security.Roles;
import cn.npa.report.service.feed.FeedEvent;
import cn.npa.report.service.feed.FeedEventReader;
import cn.npa.report.service.feed.FeedService;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The bulk feed from the submission service's outbox (docs/feed.md): many events per call, one result each. */
@Path("/api/v1/feed")
@Tag(name = "Feed", description = "Accepted filings, obligation statuses and register changes from the submission service")
public class FeedResource {

    /** More events than this in one call is refused: the relay sends at most its batch size (500 by default). */
    static final int MAX_EVENTS = 5000;

    private final FeedService feed;

    public FeedResource(FeedService feed) {
        this.feed = feed;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SERVICE)
    @Operation(operationId = "receiveFeed", summary = "Receive a batch of feed events (service role); idempotent per eventId",
            description = "One result per event, in order: STORED (new, committed), DUPLICATE (received before, nothing changed)"
                    + " or REJECTED with its errors (nothing stored; the sender tries again later).")
    public FeedResultsDto receive(@RequestBody(required = true, description = "A non-empty JSON array of events (docs/feed.md), "
            + "each an object with eventId and eventType", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, minItems = 1, implementation = Object.class))) JsonNode body) {
        if (body == null || !body.isArray() || body.isEmpty()) {
            throw ProblemException.badRequest("The feed takes a non-empty JSON array of events; nothing was stored.",
                    List.of(new FieldError(RuleId.EVENT, "$", "a non-empty JSON array of event objects is required")));
        }
        if (body.size() > MAX_EVENTS) {
            throw ProblemException.invalid("Too many events in one call; nothing was stored.",
                    List.of(new FieldError(RuleId.EVENT, "$", "at most " + MAX_EVENTS + " events per call")));
        }
        List<FeedEvent> events = new ArrayList<>(body.size());
        for (int i = 0; i < body.size(); i++) {
            events.add(FeedEventReader.read(body.get(i), "$[" + i + "]"));
        }
        return FeedResultsDto.of(feed.receive(events));
    }
}
