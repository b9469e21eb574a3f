package cn.npa.indicator.rest;

import cn.npa.common.problem.Problem;
import cn.npa.common.problem.ProblemException;
import cn.npa.common.security.Caller;
import cn.npa.common.security.Roles;
import cn.npa.common.web.Page;
import cn.npa.common.web.PageRequest;
import cn.npa.indicator.domain.intake.IntakeReceipt;
import cn.npa.indicator.service.FigureIntakeService;
import cn.npa.indicator.service.Params;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The figures intake: the report service sends the figures of every node for a period (docs/indicators.md, "Intake"). */
@Path("/api/v1/figures")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Figures", description = "Intake of the rolled-up figures every assessment is computed from")
public class FigureResource {

    private final FigureIntakeService intake;
    private final Caller caller;

    public FigureResource(FigureIntakeService intake, Caller caller) {
        this.intake = intake;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SERVICE)
    @Operation(operationId = "receiveFigures", summary = "Receive the figures of every node for one period: 201 stored, 200 the same version again (nothing changes)",
            description = "Streamed: the body is read token by token and copied to the database as it arrives, so a national intake "
                    + "(235,000 nodes) is never held in memory. period and figureVersion must come first. Both bases: "
                    + "AS_FIRST_REPORTED for every node with figures, RESTATED where a filing was amended. The same (period, "
                    + "figureVersion) sent again byte for byte answers 200 and stores nothing; with other bytes 409. A higher "
                    + "figureVersion supersedes the earlier ones, which stay readable for the runs that used them.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = FigureIntakeDto.class), examples = @ExampleObject(name = "intake", value = Examples.INTAKE)))
    @APIResponse(responseCode = "201", description = "Stored as a new load", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = FigureLoadView.class), examples = @ExampleObject(name = "stored", value = Examples.INTAKE_ANSWER)))
    @APIResponse(responseCode = "200", description = "This (period, figureVersion) was received before with the same bytes: UNCHANGED",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FigureLoadView.class)))
    @APIResponse(responseCode = "400", description = "Not well-formed JSON, wrong types, unknown fields, duplicated nodes (JSON, TYPE, V7, PERIOD)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The (period, figureVersion) was received before with other content",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Every finding with its rule and JSON path (V1 amounts, V4 parts within wholes, "
            + "V6 credit codes, FIG-NODE links, REG-CODE, REG-VALUE, REG-REGION, FIG-VERSION); nothing stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response receive(InputStream body) throws IOException {
        if (body == null) {
            throw ProblemException.malformedJson("The body is empty.", cn.npa.common.problem.RuleId.JSON, "the intake is empty");
        }
        IntakeReceipt r = intake.intake(body, caller.subject());
        FigureLoadView view = FigureLoadView.of(r);
        return Response.status(r.outcome() == IntakeReceipt.Outcome.STORED ? 201 : 200)
                .header(HttpHeaders.LOCATION, "/api/v1/figures?period=" + view.period()).entity(view).build();
    }

    @GET
    @RolesAllowed({Roles.SERVICE, Roles.CBRC, Roles.ADMIN})
    @Operation(operationId = "listFigureLoads", summary = "The loads received (optionally of one period), latest period first; current = the period's highest version")
    public Page<FigureLoadView> list(@QueryParam("period") String period, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        String p = period == null ? null : Params.period(period, "period").toString();
        PageRequest r = PageRequest.of(page, size);
        return new Page<>(intake.loads(p, r.offset(), r.size()).stream().map(l -> FigureLoadView.of(l, null, null)).toList(), r.page(),
                r.size(), intake.countLoads(p));
    }
}
