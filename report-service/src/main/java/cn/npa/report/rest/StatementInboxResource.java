package cn.npa.report.rest;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import cn.npa.common.problem.RuleId;
import cn.npa.common.security.Roles;
import cn.npa.common.web.Page;
import cn.npa.common.web.PageRequest;
import cn.npa.report.domain.feed.FeedOutcome;
import cn.npa.report.service.StatementInbox;
import cn.npa.report.service.feed.FeedEvent;
import cn.npa.report.service.feed.FeedEventReader;
import cn.npa.report.service.feed.FeedResult;
import cn.npa.report.service.feed.FeedService;
import com.fasterxml.jackson.databind.JsonNode;
import cn.npa.common.problem.FieldError;
import cn.npa.common.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The receiving end of the submission service's outbox: accepted filings arrive here (service role only). */
@Path("/api/v1/accepted-statements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accepted statements", description = "The feed of accepted filings from the submission service")
public class StatementInboxResource {

    private final StatementInbox inbox;
    private final FeedService feed;

    public StatementInboxResource(StatementInbox inbox, FeedService feed) {
        this.inbox = inbox;
        this.feed = feed;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SERVICE)
    @Operation(operationId = "receiveAcceptedStatement", summary = "Receive one accepted filing (older single-event form of /api/v1/feed); idempotent on eventId (201 when new, 200 when already received)")
    @APIResponse(responseCode = "201", description = "Stored (new eventId)")
    @APIResponse(responseCode = "200", description = "Already received (this eventId); nothing changed")
    @APIResponse(responseCode = "422", description = "The event cannot be read (rule EVENT); nothing was stored")
    public Response receive(@RequestBody(required = true, description = "One STATEMENT_ACCEPTED event (docs/feed.md)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT))) JsonNode event) {
        if (event == null || !event.isObject()) {
            throw ProblemException.badRequest("The body is not an event; nothing was stored.",
                    List.of(new FieldError(RuleId.EVENT, "$", "a JSON object is required")));
        }
        FeedEvent read = FeedEventReader.read(event, "$");
        if (read instanceof FeedEvent.Rejected r) {
            // e.g. a statement without its filing cannot be rolled up or re-read (a non-2xx is sent again)
            throw ProblemException.invalid("The event cannot be read; nothing was stored.", r.errors());
        }
        FeedResult result = feed.receive(List.of(read)).get(0);
        return Response.status(result.outcome() == FeedOutcome.STORED ? 201 : 200).build();
    }

    @GET
    @RolesAllowed({Roles.SERVICE, Roles.CBRC, Roles.ADMIN})
    @Operation(operationId = "listAcceptedStatements", summary = "The accepted filings received for a period (paged)")
    public Page<StatementAcceptedEvent> ofPeriod(@QueryParam("period") @NotNull @Pattern(regexp = "\\d{4}(-\\d{2}|-Q[1-4])?") String period,
                                                 @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return inbox.ofPeriod(period, PageRequest.of(page, size)).map(StatementAcceptedEvent::of);
    }
}
