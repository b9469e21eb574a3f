package cn.npa.indicator.rest;

import cn.npa.common.problem.Problem;
import cn.npa.common.problem.ProblemException;
import cn.npa.common.security.Caller;
import cn.npa.common.security.Roles;
import cn.npa.common.web.Page;
import cn.npa.common.web.PageRequest;
import cn.npa.indicator.domain.assessment.AssessmentRun;
import cn.npa.indicator.service.Params;
import cn.npa.indicator.service.RunService;
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

/** Assessment runs: computed on request, stored with their inputs, published, recomputed to check they reproduce. */
@Path("/api/v1/runs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Runs", description = "Assessment runs of a period for a regulator's jurisdiction (indicators, peer statistics, ranks, key lists)")
public class RunResource {

    private final RunService runs;
    private final Caller caller;

    public RunResource(RunService runs, Caller caller) {
        this.runs = runs;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CBRC, Roles.BUREAU, Roles.SERVICE})
    @Operation(operationId = "createRun", summary = "Compute and store an assessment run of a period for a regulator (default CBRC: every node)",
            description = "Reads the current figure version of t, the previous period, the beginning of the year, the same period last "
                    + "year and the beginning of last year; the regulator's formulas (defaults and chosen variants), progress weights "
                    + "and the K4 flags in force. A bureau runs for itself or a regulator below it.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RunInput.class),
            examples = @ExampleObject(name = "bureau run", value = Examples.RUN_REQUEST)))
    @APIResponse(responseCode = "201", description = "The run", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RunView.class), examples = @ExampleObject(name = "run", value = Examples.RUN)))
    @APIResponse(responseCode = "400", description = "A period that cannot be read (PERIOD) or a malformed body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "A bureau asking for another bureau's run",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "No figures of the period, or no such regulator in them (RUN)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(RunInput body) {
        if (body == null) {
            throw ProblemException.malformedJson("The body is empty.", cn.npa.common.problem.RuleId.JSON, "a run request names a period");
        }
        AssessmentRun run = runs.create(body.period(), body.regulatorCode(), caller);
        return Response.status(201).header(HttpHeaders.LOCATION, "/api/v1/runs/" + run.id()).entity(RunView.of(run)).build();
    }

    @GET
    @RolesAllowed({Roles.CBRC, Roles.BUREAU, Roles.SERVICE, Roles.ADMIN})
    @Operation(operationId = "listRuns", summary = "Runs the caller may see (a bureau: the national runs, its own and those below it), newest first; paged")
    public Page<RunView> list(@QueryParam("period") String period, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        String p = period == null ? null : Params.period(period, "period").toString();
        PageRequest r = PageRequest.of(page, size);
        return new Page<>(runs.page(p, r.offset(), r.size()).stream().map(RunView::of).toList(), r.page(), r.size(), runs.count(p));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CBRC, Roles.BUREAU, Roles.SERVICE, Roles.ADMIN})
    @Operation(operationId = "getRun", summary = "One run with its inputs (loads and figure versions), formulas, weights and fingerprints")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RunView.class),
            examples = @ExampleObject(name = "run", value = Examples.RUN)))
    @APIResponse(responseCode = "404", description = "No such run, or another bureau's",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RunView get(@PathParam("id") long id) {
        return RunView.of(runs.find(id));
    }

    @POST
    @Path("/{id}/publish")
    @RolesAllowed({Roles.CBRC, Roles.BUREAU})
    @Operation(operationId = "publishRun", summary = "Publish a run (its results never change; publishing again changes nothing)")
    public RunView publish(@PathParam("id") long id) {
        return RunView.of(runs.publish(id, caller));
    }

    @POST
    @Path("/{id}/recompute")
    @RolesAllowed({Roles.CBRC, Roles.BUREAU, Roles.SERVICE})
    @Operation(operationId = "recomputeRun", summary = "Compute a run again from its stored inputs and compare: same = both fingerprints match; nothing is stored")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RecomputationView.class), examples = @ExampleObject(name = "same", value = Examples.RECOMPUTATION)))
    public RecomputationView recompute(@PathParam("id") long id) {
        return RecomputationView.of(runs.recompute(id));
    }
}
