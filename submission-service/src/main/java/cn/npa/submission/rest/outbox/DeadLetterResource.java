package cn.npa.submission.rest.outbox;

import cn.npa.common.problem.Problem;
import cn.npa.common.security.Caller;
import cn.npa.common.security.Roles;
import cn.npa.common.web.Page;
import cn.npa.common.web.PageRequest;
import cn.npa.submission.domain.outbox.OutboxState;
import cn.npa.submission.rest.outbox.DeadLetterViews.DeadLetterDetailView;
import cn.npa.submission.rest.outbox.DeadLetterViews.DeadLetterView;
import cn.npa.submission.rest.outbox.DeadLetterViews.RetryView;
import cn.npa.submission.service.outbox.DeadLetterService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Feed events the report service refused for good, parked for an operator (docs/reliability.md, "Dead letters"). */
@Path("/api/v1/outbox/dead-letters")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Dead letters", description = "Outbox events a receiver refused for good: parked with the reason, requeued after a fix")
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
@APIResponse(responseCode = "403", description = "Not an operator (admin role)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
public class DeadLetterResource {

    private final DeadLetterService letters;
    private final Caller caller;

    public DeadLetterResource(DeadLetterService letters, Caller caller) {
        this.letters = letters;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "listDeadLetters", summary = "Parked outbox events, most recently parked first, with the reason; paged")
    @APIResponse(responseCode = "200", description = "A page of parked events")
    @APIResponse(responseCode = "400", description = "page or size out of range (PAGE)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Page<DeadLetterView> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return letters.page(PageRequest.of(page, size)).map(DeadLetterView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getDeadLetter", summary = "One parked outbox event with its payload as it is sent")
    @APIResponse(responseCode = "200", description = "The parked event",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeadLetterDetailView.class)))
    @APIResponse(responseCode = "404", description = "No parked event with this id (never parked, requeued or delivered)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public DeadLetterDetailView get(@PathParam("id") UUID id) {
        return DeadLetterDetailView.of(letters.get(id));
    }

    @POST
    @Path("/{id}/retry")
    @Operation(operationId = "retryDeadLetter", summary = "Requeue a parked event after a fix: due at once; idempotent",
            description = "A parked event is put back in line, due at once, its reason kept as its last error. Again on the same "
                    + "event changes nothing and answers where it stands (PENDING, or DELIVERED once the relay delivered it).")
    @APIResponse(responseCode = "200", description = "Where the event stands now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RetryView.class)))
    @APIResponse(responseCode = "404", description = "No outbox event with this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public RetryView retry(@PathParam("id") UUID id) {
        OutboxState state = letters.retry(id, caller.subject());
        return new RetryView(id, state.state(), state.nextAttemptAt());
    }
}
