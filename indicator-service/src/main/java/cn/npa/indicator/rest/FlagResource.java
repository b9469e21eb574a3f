package cn.npa.indicator.rest;

import cn.npa.common.problem.Problem;
import cn.npa.common.problem.ProblemException;
import cn.npa.common.problem.RuleId;
import cn.npa.common.security.Caller;
import cn.npa.common.security.Roles;
import cn.npa.common.web.Page;
import cn.npa.common.web.PageRequest;
import cn.npa.indicator.domain.keylist.Flag;
import cn.npa.indicator.service.FlagService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Supervisors' flags for K4: set by a bureau for its jurisdiction or by the CBRC, lifted with a reason, history kept. */
@Path("/api/v1/flags")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Flags", description = "K4: units flagged for disordered off-balance-sheet management or violations")
public class FlagResource {

    private final FlagService flags;
    private final Caller caller;

    public FlagResource(FlagService flags, Caller caller) {
        this.flags = flags;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CBRC, Roles.BUREAU})
    @Operation(operationId = "createFlag", summary = "Flag a unit (K4) with a reason and the date it refers to (default today)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FlagInput.class),
            examples = @ExampleObject(name = "flag", value = Examples.FLAG_REQUEST)))
    @APIResponse(responseCode = "201", description = "The flag, set", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SupervisorFlagView.class), examples = @ExampleObject(name = "flag", value = Examples.FLAG)))
    @APIResponse(responseCode = "404", description = "No such bank unit in the caller's jurisdiction (unknown or another province's)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A missing or too long reason, a date in the future, a unit that is no bank unit (FLAG)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response set(FlagInput body) {
        FlagInput in = required(body);
        Flag f = flags.set(in.unitCode(), in.reason(), in.flaggedOn(), caller);
        return Response.status(201).header(HttpHeaders.LOCATION, "/api/v1/flags/" + f.id()).entity(SupervisorFlagView.of(f)).build();
    }

    @GET
    @RolesAllowed({Roles.CBRC, Roles.BUREAU, Roles.SERVICE, Roles.ADMIN})
    @Operation(operationId = "listFlags", summary = "Flags of the caller's jurisdiction (the CBRC: all), newest first, active and lifted; paged")
    public Page<SupervisorFlagView> list(@QueryParam("unitCode") String unitCode, @QueryParam("active") Boolean active,
                                         @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        PageRequest r = PageRequest.of(page, size);
        return new Page<>(flags.page(unitCode, active, caller, r.offset(), r.size()).stream().map(SupervisorFlagView::of).toList(),
                r.page(), r.size(), flags.count(unitCode, active, caller));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CBRC, Roles.BUREAU, Roles.SERVICE, Roles.ADMIN})
    @Operation(operationId = "getFlag", summary = "One flag with its history")
    public SupervisorFlagView get(@PathParam("id") long id) {
        return SupervisorFlagView.of(flags.find(id, caller));
    }

    @POST
    @Path("/{id}/lift")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CBRC, Roles.BUREAU})
    @Operation(operationId = "liftFlag", summary = "Lift a flag with a reason; it stays readable, and runs computed while it was in force keep it")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LiftInput.class),
            examples = @ExampleObject(name = "lift", value = Examples.LIFT_REQUEST)))
    @APIResponse(responseCode = "200", description = "The flag, lifted", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SupervisorFlagView.class)))
    @APIResponse(responseCode = "409", description = "The flag was lifted before",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SupervisorFlagView lift(@PathParam("id") long id, LiftInput body) {
        return SupervisorFlagView.of(flags.lift(id, required(body).reason(), caller));
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw ProblemException.malformedJson("The body is empty.", RuleId.JSON, "a JSON object is required");
        }
        return body;
    }
}
