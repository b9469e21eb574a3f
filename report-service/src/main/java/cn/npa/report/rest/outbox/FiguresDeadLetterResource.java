package cn.npa.report.rest.outbox;

import cn.npa.common.problem.Problem;
import cn.npa.common.security.Caller;
import cn.npa.common.security.Roles;
import cn.npa.common.web.Page;
import cn.npa.common.web.PageRequest;
import cn.npa.report.rest.outbox.FiguresDeadLetterViews.FiguresDeadLetterDetailView;
import cn.npa.report.rest.outbox.FiguresDeadLetterViews.FiguresDeadLetterView;
import cn.npa.report.rest.outbox.FiguresDeadLetterViews.RetryView;
import cn.npa.report.service.outbox.FiguresDeadLetterService;
import cn.npa.report.service.rollup.RollupService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Periods whose figures the indicator service refused for good, parked for an operator (docs/reliability.md, "Dead letters"). */
@Path("/api/v1/outbox/dead-letters")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Dead letters", description = "Figures the indicator service refused for good: parked with the reason, requeued after a fix")
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Not an operator (admin role)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class FiguresDeadLetterResource {

    private final FiguresDeadLetterService letters;
    private final Caller caller;

    public FiguresDeadLetterResource(FiguresDeadLetterService letters, Caller caller) {
        this.letters = letters;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "listDeadLetters", summary = "Periods whose figures are parked, most recently parked first, with the reason; paged")
    @APIResponse(responseCode = "200", description = "A page of parked periods")
    @APIResponse(responseCode = "400", description = "page or size out of range (PAGE)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<FiguresDeadLetterView> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return letters.page(PageRequest.of(page, size)).map(FiguresDeadLetterView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getDeadLetter", summary = "One parked period: its newest parked figure version, the reason, and what was sent")
    @APIResponse(responseCode = "200", description = "The parked period",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FiguresDeadLetterDetailView.class)))
    @APIResponse(responseCode = "400", description = "The id is not a period (PERIOD)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No parked figures of this period",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public FiguresDeadLetterDetailView get(@PathParam("id") @Parameter(description = "The period", example = "2026-10") String id) {
        RollupService.period(id);
        return FiguresDeadLetterDetailView.of(letters.get(id));
    }

    @POST
    @Path("/{id}/retry")
    @Operation(operationId = "retryDeadLetter", summary = "Requeue a parked period after a fix: due at once; idempotent",
            description = "The period's parked figure versions are owed again, due at once (the newest is sent). Again on the same "
                    + "period changes nothing and answers where it stands (PENDING, or DELIVERED once the relay delivered it).")
    @APIResponse(responseCode = "200", description = "Where the period stands now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RetryView.class)))
    @APIResponse(responseCode = "400", description = "The id is not a period (PERIOD)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No figures of this period were ever owed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RetryView retry(@PathParam("id") @Parameter(description = "The period", example = "2026-10") String id) {
        RollupService.period(id);
        return new RetryView(id, letters.retry(id, caller.subject()));
    }
}
