package cn.npa.submission.rest;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import cn.npa.common.security.Caller;
import cn.npa.common.security.Roles;
import cn.npa.common.time.Shanghai;
import cn.npa.common.web.Page;
import cn.npa.common.web.PageRequest;
import cn.npa.submission.domain.deadline.ObligationStatus;
import cn.npa.submission.service.ObligationGenerator;
import cn.npa.submission.service.ObligationReadService;
import cn.npa.submission.service.ObligationService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;

/** Obligations (D4-D6): who owes which report by when, late and missing filers, lateness per filer, waivers, generation. */
@Path("/api/v1/obligations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Obligations", description = "Reports owed per institution and period, their deadlines and lateness")
public class ObligationResource {

    private final ObligationReadService reads;
    private final ObligationService obligations;
    private final ObligationGenerator generator;
    private final Caller caller;
    private final Clock clock;

    public ObligationResource(ObligationReadService reads, ObligationService obligations, ObligationGenerator generator, Caller caller, Clock clock) {
        this.clock = clock;
        this.reads = reads;
        this.obligations = obligations;
        this.generator = generator;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.CBRC, Roles.BUREAU, Roles.BANK, Roles.SERVICE})
    @Operation(operationId = "listObligations", summary = "Obligations in the caller's scope, optionally of one institution, period and status; paged")
    public Page<ObligationDto> list(@QueryParam("institution") String institution, @QueryParam("period") String period,
                                    @Parameter(schema = @Schema(implementation = ObligationStatus.class)) @QueryParam("status") String status, @QueryParam("page") Integer page,
                                    @QueryParam("size") Integer size) {
        return reads.list(QueryParams.text(institution), QueryParams.text(period),
                QueryParams.enumValue(ObligationStatus.class, status, "status"), PageRequest.of(page, size)).map(o -> ObligationDto.of(o, today()));
    }

    @GET
    @Path("/{id: \\d+}")
    @RolesAllowed({Roles.ADMIN, Roles.CBRC, Roles.BUREAU, Roles.BANK, Roles.SERVICE})
    @Operation(operationId = "getObligation", summary = "One obligation with its recorded lateness")
    public ObligationDto get(@PathParam("id") long id) {
        return ObligationDto.of(reads.get(id), reads.latenessOf(id), today());
    }

    @GET
    @Path("/late")
    @RolesAllowed({Roles.ADMIN, Roles.CBRC, Roles.BUREAU, Roles.SERVICE})
    @Operation(operationId = "listLateFilers", summary = "Late and missing filers (SUBMITTED_LATE, OVERDUE) of a regulator's jurisdiction for a period; paged")
    public Page<ObligationDto> late(@QueryParam("regulator") String regulator, @QueryParam("period") String period,
                                    @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return reads.late(QueryParams.text(regulator), QueryParams.text(period), PageRequest.of(page, size)).map(o -> ObligationDto.of(o, today()));
    }

    @GET
    @Path("/lateness")
    @RolesAllowed({Roles.ADMIN, Roles.CBRC, Roles.BUREAU, Roles.BANK, Roles.SERVICE})
    @Operation(operationId = "listLateness", summary = "Per filer in scope: a year's obligations on time, late, overdue, and total days late (Art. 20, 23); paged")
    public Page<FilerLatenessDto> lateness(@QueryParam("institution") String institution, @QueryParam("year") Integer year,
                                           @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return reads.lateness(QueryParams.text(institution), year, PageRequest.of(page, size)).map(FilerLatenessDto::of);
    }

    @PUT
    @Path("/{id: \\d+}/waiver")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.BUREAU, Roles.CBRC})
    @Operation(operationId = "waiveObligation", summary = "Waive an obligation of the caller's jurisdiction, with a reason")
    public ObligationDto waive(@PathParam("id") long id, WaiverInput input) {
        return ObligationDto.of(obligations.waive(id, input == null ? null : input.reason(), caller), today());
    }

    @POST
    @Path("/generate")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "generateObligations", summary = "Generate the obligations of an ended period now (idempotent: existing obligations are kept)")
    public GenerationDto generate(@QueryParam("period") String period) {
        return GenerationDto.of(generator.generate(QueryParams.text(period), today()));
    }

    private LocalDate today() {
        return Shanghai.today(clock);
    }
}
