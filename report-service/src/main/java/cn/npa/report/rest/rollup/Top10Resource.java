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

    public Top10Resource(Top10Service top10) {
        this.top10 = top10;
    }

    @GET
    @Operation(operationId = "getTop10", summary = "Grade-one branches and clients ranked on NPL, NPL ratio, loans, non-credit NPA,"
            + " estimated losses, OBS growth and advances; N rows each plus ties")
    @APIResponse(responseCode = "200", description = "The tables", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Top10Dto.class), examples = @ExampleObject(name = "a bureau's clients by NPL", value = RollupExamples.TOP10)))
    public Top10Dto tables(@PathParam("node") @Parameter(example = "BUR-440000") String node,
                           @QueryParam("period") @Parameter(example = "2026-Q3") String period,
                           @Parameter(schema = @Schema(implementation = Basis.class)) @QueryParam("basis") String basis,
                           @QueryParam("n") @Parameter(description = "rows per table (1-1000, default 10; each bureau decides, Art. 8(2))") Integer n) {
        int rows = RollupParams.n(n);
        return Top10Dto.of(top10.tables(node, RollupService.period(period), RollupParams.basis(basis), rows), rows);
    }
}
