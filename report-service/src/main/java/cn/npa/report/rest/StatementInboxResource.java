package cn.npa.report.rest;

import cn.npa.common.problem.RuleId;
import cn.npa.common.security.Roles;
import cn.npa.common.web.Page;
import cn.npa.common.web.PageRequest;
import cn.npa.report.service.StatementInbox;
import cn.npa.common.problem.FieldError;
import cn.npa.common.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
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

    public StatementInboxResource(StatementInbox inbox) {
        this.inbox = inbox;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SERVICE)
    @Operation(summary = "Receive an accepted filing; idempotent on eventId (201 when new, 200 when already received)")
    public Response receive(@Valid @NotNull StatementAcceptedEvent event) {
        if (!event.figures().path("filing").path("header").isObject()) {
            // the figures alone cannot be rolled up or re-read: a statement must carry its filing (a non-2xx is sent again)
            throw ProblemException.invalid("The accepted statement does not carry its filing; nothing was stored.",
                    List.of(new FieldError(RuleId.EVENT, "$.figures.filing", "the accepted filing (with its header) is required")));
        }
        return Response.status(inbox.receive(event.toDomain()) ? 201 : 200).build();
    }

    @GET
    @RolesAllowed({Roles.SERVICE, Roles.CBRC, Roles.ADMIN})
    @Operation(summary = "The accepted filings received for a period (paged)")
    public Page<StatementAcceptedEvent> ofPeriod(@QueryParam("period") @NotNull @Pattern(regexp = "\\d{4}(-\\d{2}|-Q[1-4])?") String period,
                                                 @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return inbox.ofPeriod(period, PageRequest.of(page, size)).map(StatementAcceptedEvent::of);
    }
}
