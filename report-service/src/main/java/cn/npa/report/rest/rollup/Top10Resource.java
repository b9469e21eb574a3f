package cn.npa.report.rest.rollup;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import cn.npa.report.domain.rollup.Basis;
import cn.npa.common.security.Roles;
import cn.npa.report.service.rollup.RollupService;
import cn.npa.report.service.rollup.Top10Service;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The top-N tables of a node (R3; Art. 8(2), 9(2), 10(2)). */
@Path("/api/v1/top10/{node}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.BANK, Roles.BUREAU, Roles.CBRC})
@Tag(name = "Rollups")
public class Top10Resource {

    private final Top10Service top10;
    private final ObjectMapper json;

    public Top10Resource(Top10Service top10, ObjectMapper json) {
        this.top10 = top10;
        this.json = json;
    }

    @GET
    @Operation(operationId = "getTop10", summary = "Grade-one branches and clients ranked on NPL, NPL ratio, loans, non-credit NPA,"
            + " estimated losses, OBS growth and advances; N rows each plus ties")
    @APIResponse(responseCode = "200", description = "The tables", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Top10Dto.class), examples = @ExampleObject(name = "a bureau's clients by NPL", value = RollupExamples.TOP10)))
    public Response tables(@PathParam("node") @Parameter(example = "BUR-440000") String node,
                           @QueryParam("period") @Parameter(example = "2026-Q3") String period,
                           @Parameter(schema = @Schema(implementation = Basis.class)) @QueryParam("basis") String basis,
                           @QueryParam("n") @Parameter(description = "rows per table (1-1000, default 10; each bureau decides, Art. 8(2))") Integer n) {
        int rows = RollupParams.n(n);
        Top10Service.Top10 t = top10.tables(node, RollupService.period(period), RollupParams.basis(basis), rows);
        // a rollup's tables never change (a new rollup replaces it), and each row carries its unit's whole figures: they
        // are written to JSON once per node and N and kept with the rollup, not on every read
        byte[] body = t.of().derived("top10-json:" + t.node().code() + ":" + rows, () -> write(Top10Dto.of(t, rows)));
        return Response.ok(body, MediaType.APPLICATION_JSON).build();
    }

    private byte[] write(Top10Dto dto) {
        try {
            return json.writeValueAsBytes(dto);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("top-N tables cannot be written", e);
        }
    }
}
