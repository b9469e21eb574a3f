package cn.npa.indicator.rest;

import cn.npa.common.problem.Problem;
import cn.npa.common.security.Roles;
import cn.npa.common.web.Page;
import cn.npa.common.web.PageRequest;
import cn.npa.indicator.domain.assessment.RankColumn;
import cn.npa.indicator.domain.figures.AssetClass;
import cn.npa.indicator.domain.figures.Basis;
import cn.npa.indicator.domain.figures.ComparisonBase;
import cn.npa.indicator.domain.figures.InstitutionKind;
import cn.npa.indicator.domain.figures.PeerGroup;
import cn.npa.indicator.domain.indicator.FormulaId;
import cn.npa.indicator.service.AssessmentReadService;
import cn.npa.indicator.service.Params;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Assessments of a period (domain §6): indicators of nodes, peer statistics and rankings, read from a run (by default
 * the latest run of the period by the national regulator; {@code runId} or {@code regulator} choose another).
 */
@Path("/api/v1/assessments/{period}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assessments", description = "Indicators I1-I8 on both bases, peer statistics, ranks and progress degrees of a run")
public class AssessmentResource {

    private final AssessmentReadService reads;

    public AssessmentResource(AssessmentReadService reads) {
        this.reads = reads;
    }

    @GET
    @RolesAllowed({Roles.CBRC, Roles.BUREAU, Roles.BANK, Roles.SERVICE, Roles.ADMIN})
    @Operation(operationId = "listAssessments", summary = "The assessments of the nodes the caller may see (a bank: its own units and its peer group's node), by code; paged")
    public Page<NodeAssessmentView> list(@PathParam("period") String period, @QueryParam("runId") Long runId,
                                         @QueryParam("regulator") String regulator,
                                         @Parameter(description = "a regulator's code: only the nodes it or a regulator below it supervises")
                                         @QueryParam("jurisdiction") String jurisdiction,
                                         @Parameter(schema = @Schema(implementation = InstitutionKind.class)) @QueryParam("kind") String kind,
                                         @Parameter(schema = @Schema(implementation = PeerGroup.class)) @QueryParam("peerGroup") String peerGroup,
                                         @Parameter(description = "AS_FIRST_REPORTED or RESTATED (default both)", schema = @Schema(implementation = Basis.class)) @QueryParam("basis") String basis,
                                         @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return reads.page(period, runId, regulator, jurisdiction, Params.value(InstitutionKind.class, kind, "kind"),
                Params.value(PeerGroup.class, peerGroup, "peerGroup"), Params.value(Basis.class, basis, "basis"),
                PageRequest.of(page, size)).map(NodeAssessmentView::of);
    }

    @GET
    @Path("/nodes/{code}")
    @RolesAllowed({Roles.CBRC, Roles.BUREAU, Roles.BANK, Roles.SERVICE, Roles.ADMIN})
    @Operation(operationId = "getNodeAssessment", summary = "One node's indicators (defaults and the regulator's chosen variants side by side), ranks and progress degrees")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = NodeAssessmentView.class), examples = @ExampleObject(name = "grade-one branch", value = Examples.NODE)))
    @APIResponse(responseCode = "404", description = "No such node in the run, or not the caller's (another bank's unit, another province)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public NodeAssessmentView node(@PathParam("period") String period, @PathParam("code") String code, @QueryParam("runId") Long runId,
                                   @QueryParam("regulator") String regulator, @Parameter(schema = @Schema(implementation = Basis.class)) @QueryParam("basis") String basis) {
        return NodeAssessmentView.of(reads.node(period, code, runId, regulator, Params.value(Basis.class, basis, "basis")));
    }

    @GET
    @Path("/peer-statistics")
    @RolesAllowed({Roles.CBRC, Roles.BUREAU, Roles.BANK, Roles.SERVICE, Roles.ADMIN})
    @Operation(operationId = "listPeerStatistics", summary = "Peer statistics per peer group and level: aggregate from summed amounts, median and percentiles after 5 % "
            + "trimming, member count, warnings; a bank reads its own peer group's only (403 for another); paged")
    public Page<PeerStatisticView> peerStatistics(@PathParam("period") String period, @QueryParam("runId") Long runId,
                                                  @QueryParam("regulator") String regulator, @Parameter(schema = @Schema(implementation = PeerGroup.class)) @QueryParam("peerGroup") String peerGroup,
                                                  @Parameter(schema = @Schema(implementation = InstitutionKind.class)) @QueryParam("kind") String kind, @QueryParam("formula") String formula,
                                                  @Parameter(schema = @Schema(implementation = AssetClass.class)) @QueryParam("assetClass") String assetClass, @Parameter(schema = @Schema(implementation = ComparisonBase.class)) @QueryParam("base") String base,
                                                  @Parameter(schema = @Schema(implementation = Basis.class)) @QueryParam("basis") String basis, @QueryParam("page") Integer page,
                                                  @QueryParam("size") Integer size) {
        return reads.peerStatistics(period, runId, regulator, Params.value(PeerGroup.class, peerGroup, "peerGroup"),
                Params.value(InstitutionKind.class, kind, "kind"), formula(formula), Params.value(AssetClass.class, assetClass, "assetClass"),
                Params.value(ComparisonBase.class, base, "base"), Params.value(Basis.class, basis, "basis"), PageRequest.of(page, size))
                .map(PeerStatisticView::of);
    }

    @GET
    @Path("/ranks")
    @RolesAllowed({Roles.CBRC, Roles.BUREAU, Roles.BANK, Roles.SERVICE, Roles.ADMIN})
    @Operation(operationId = "listRanks", summary = "A ranking within one peer group at one level (I1, I2, I4 or I7), best first; a bank sees its own units' "
            + "places only, a bureau those of its jurisdiction; paged")
    public Page<RankEntryView> ranks(@PathParam("period") String period, @QueryParam("runId") Long runId,
                                     @QueryParam("regulator") String regulator,
                                     @Parameter(required = true, schema = @Schema(implementation = PeerGroup.class)) @QueryParam("peerGroup") String peerGroup,
                                     @Parameter(required = true, description = "BANK_HEAD_OFFICE, BRANCH_GRADE_ONE, BRANCH or SUB_BRANCH", schema = @Schema(implementation = InstitutionKind.class))
                                     @QueryParam("kind") String kind,
                                     @Parameter(description = "I1 (default), I2, I4 or I7") @QueryParam("indicator") String indicator,
                                     @Parameter(description = "PREVIOUS_PERIOD (default) or YEAR_START, for I2 and I4", schema = @Schema(implementation = ComparisonBase.class)) @QueryParam("base") String base,
                                     @Parameter(description = "RESTATED (default) or AS_FIRST_REPORTED", schema = @Schema(implementation = Basis.class)) @QueryParam("basis") String basis,
                                     @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        Basis b = Params.value(Basis.class, basis, "basis");
        return reads.ranking(period, runId, regulator, Params.value(PeerGroup.class, peerGroup, "peerGroup"),
                Params.value(InstitutionKind.class, kind, "kind"), ranking(indicator, Params.value(ComparisonBase.class, base, "base")),
                b == null ? Basis.RESTATED : b, PageRequest.of(page, size)).map(RankEntryView::of);
    }

    private static FormulaId formula(String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        try {
            return FormulaId.ofId(id);
        } catch (IllegalArgumentException e) {
            throw cn.npa.common.problem.ProblemException.badRequest("Unknown formula.", List.of(new cn.npa.common.problem.FieldError(
                    cn.npa.common.problem.RuleId.PARAM, "formula", "formula must be one of I1..I8, I5', I6', I7'")));
        }
    }

    private static RankColumn ranking(String indicator, ComparisonBase base) {
        String i = indicator == null || indicator.isBlank() ? "I1" : indicator;
        boolean yearStart = base == ComparisonBase.YEAR_START;
        return switch (i) {
            case "I1" -> RankColumn.I1;
            case "I2" -> yearStart ? RankColumn.I2_YEAR_START : RankColumn.I2_PREVIOUS_PERIOD;
            case "I4" -> yearStart ? RankColumn.I4_YEAR_START : RankColumn.I4_PREVIOUS_PERIOD;
            case "I7" -> RankColumn.I7;
            default -> throw cn.npa.common.problem.ProblemException.badRequest("Unknown ranking.", List.of(new cn.npa.common.problem.FieldError(
                    cn.npa.common.problem.RuleId.PARAM, "indicator", "units are ranked on I1, I2, I4 and I7")));
        };
    }
}
