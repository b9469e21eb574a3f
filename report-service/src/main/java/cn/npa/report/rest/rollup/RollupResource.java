package cn.npa.report.rest.rollup;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import cn.npa.report.domain.rollup.Basis;
import cn.npa.common.security.Roles;
import cn.npa.common.web.Page;
import cn.npa.common.web.PageRequest;
import cn.npa.report.domain.period.RollupPeriod;
import cn.npa.report.service.rollup.NodeRollup;
import cn.npa.report.service.rollup.RollupService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Rollups of any node of either tree for a month, quarter or year (R1, R2), scoped to what the caller may read. */
@Path("/api/v1/rollups/{node}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.BANK, Roles.BUREAU, Roles.CBRC})
@Tag(name = "Rollups", description = "Figures rolled up from filing units to branches, head offices and regulators")
public class RollupResource {

    private final RollupService rollups;

    public RollupResource(RollupService rollups) {
        this.rollups = rollups;
    }

    @GET
    @Operation(operationId = "getRollup", summary = "The rollup of a node: figures, source, coverage, Q4 difference, breakdowns",
            description = "A bank node's figure is its own accepted filing when it filed, otherwise the sum of its children's;"
                    + " a regulator's is the sum over the maximal nodes of its jurisdiction. Provisional while an expected"
                    + " filer in scope is missing. Ratios are recomputed from the sums (34 significant digits).")
    @APIResponse(responseCode = "200", description = "The rollup", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RollupDto.class), examples = @ExampleObject(name = "a grade-one branch, provisional", value = RollupExamples.BRANCH)))
    @APIResponse(responseCode = "404", description = "No such node in the register of the period, or not one the caller may read")
    public RollupDto rollup(@PathParam("node") @Parameter(example = "LC0001-GD") String node,
                            @QueryParam("period") @Parameter(description = "2026-10, 2026-Q3 or 2026", example = "2026-10") String period,
                            @QueryParam("basis") @Parameter(description = "RESTATED (default) or AS_FIRST_REPORTED", schema = @Schema(implementation = Basis.class)) String basis,
                            @QueryParam("breakdown") @Parameter(description = "all (default), none, or a list of: region, industry,"
                                    + " vintage, cause, disposal, category, business-type, peer-group") String breakdown) {
        Set<Breakdowns> b = Breakdowns.parse(breakdown);
        return RollupDto.of(rollups.node(node, RollupService.period(period), RollupParams.basis(basis)), b);
    }

    @GET
    @Path("/children")
    @Operation(operationId = "listRollupChildren", summary = "The rollups of a node's children, paged (headline figures)",
            description = "tree=BANK: a bank node's children, or a regulator's maximal nodes (what its figure sums);"
                    + " tree=SUPERVISORY (a regulator's default): its sub-regulators and the bank nodes it supervises itself.")
    public Page<RollupDto> children(@PathParam("node") String node, @QueryParam("period") String period,
                                    @Parameter(schema = @Schema(implementation = Basis.class)) @QueryParam("basis") String basis, @Parameter(schema = @Schema(implementation = RollupService.Tree.class)) @QueryParam("tree") String tree,
                                    @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        RollupPeriod p = RollupService.period(period);
        Page<NodeRollup> children = rollups.children(node, p, RollupParams.basis(basis), RollupParams.tree(tree),
                PageRequest.of(page, size));
        return children.map(c -> RollupDto.of(c, Set.of()));
    }

    @GET
    @Path("/missing")
    @Operation(operationId = "listRollupMissing", summary = "Expected filers in the node's scope without a filing, by level, with their obligation status")
    public Page<MissingUnitDto> missing(@PathParam("node") String node, @QueryParam("period") String period,
                                        @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return rollups.missing(node, RollupService.period(period), PageRequest.of(page, size)).map(MissingUnitDto::of);
    }

    @GET
    @Path("/contributors")
    @Operation(operationId = "listRollupContributors", summary = "The filing units and submission versions the node's figure sums (R6)")
    public Page<RollupService.Contributor> contributors(@PathParam("node") String node, @QueryParam("period") String period,
                                                       @Parameter(schema = @Schema(implementation = Basis.class)) @QueryParam("basis") String basis,
                                                       @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return rollups.contributors(node, RollupService.period(period), RollupParams.basis(basis), PageRequest.of(page, size));
    }
}
