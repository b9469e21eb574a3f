package cn.npa.submission.rest;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import cn.npa.common.security.Caller;
import cn.npa.common.security.Roles;
import cn.npa.common.web.Page;
import cn.npa.common.web.PageRequest;
import cn.npa.submission.domain.period.ReportType;
import cn.npa.submission.service.DeadlineRuleService;
import cn.npa.submission.service.StoredBranchRule;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Bureaus' deadlines for their branches' reports (Art. 18 para. 2, D3). */
@Path("/api/v1/deadline-rules")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Deadline rules", description = "Due days each bureau sets for branch report types")
public class DeadlineRuleResource {

    private final DeadlineRuleService service;
    private final Caller caller;

    public DeadlineRuleResource(DeadlineRuleService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.BUREAU)
    @Operation(operationId = "createDeadlineRule", summary = "Set, from a date, the due day of a branch report type for the caller's own bureau")
    @APIResponse(responseCode = "201", description = "The rule version, stored",
            headers = @Header(name = "Location", description = "The new rule version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeadlineRuleDto.class)))
    public Response create(BranchRuleInput input, @Context UriInfo uri) {
        StoredBranchRule created = service.create(input == null ? null : input.toDraft(), caller);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
                .entity(DeadlineRuleDto.of(created)).build();
    }

    @GET
    @Path("/{id: \\d+}")
    @RolesAllowed({Roles.ADMIN, Roles.CBRC, Roles.BUREAU, Roles.BANK, Roles.SERVICE})
    @Operation(operationId = "getDeadlineRule", summary = "One rule version")
    public DeadlineRuleDto get(@PathParam("id") long id) {
        return DeadlineRuleDto.of(service.get(id));
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.CBRC, Roles.BUREAU, Roles.BANK, Roles.SERVICE})
    @Operation(operationId = "listDeadlineRules", summary = "Rule versions, optionally of one bureau, one report type, or in force on a date; paged")
    public Page<DeadlineRuleDto> list(@QueryParam("bureauCode") String bureauCode, @Parameter(schema = @Schema(implementation = ReportType.class)) @QueryParam("reportType") String reportType,
                                      @QueryParam("asOf") String asOf, @QueryParam("page") Integer page,
                                      @QueryParam("size") Integer size) {
        return service.list(QueryParams.text(bureauCode), QueryParams.enumValue(ReportType.class, reportType, "reportType"),
                QueryParams.date(asOf, "asOf", false), PageRequest.of(page, size)).map(DeadlineRuleDto::of);
    }
}
