package cn.npa.submission.rest.register;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import cn.npa.common.security.Roles;
import cn.npa.common.time.Shanghai;
import cn.npa.common.web.Page;
import cn.npa.common.web.PageRequest;
import cn.npa.submission.domain.register.Institution;
import cn.npa.submission.service.register.RegisterScope;
import cn.npa.submission.service.register.RegisterService;
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
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The institution register: both trees, effective-dated (domain spec section 1). Every read takes {@code asOf}. */
@Path("/api/v1/institutions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Institutions", description = "The register of regulators, banks and their branches")
public class InstitutionResource {

    private final RegisterService register;
    private final RegisterScope scope;
    private final Clock clock;

    public InstitutionResource(RegisterService register, RegisterScope scope, Clock clock) {
        this.clock = clock;
        this.register = register;
        this.scope = scope;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "addInstitution", summary = "Add one validity interval of an institution")
    @APIResponse(responseCode = "201", description = "The interval, stored",
            headers = @Header(name = "Location", description = "The institution as valid from the interval's start", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InstitutionDto.class)))
    public Response add(InstitutionInput input, @Context UriInfo uri) {
        Institution added = register.add(input.toDraft());
        return Response.created(uri.getAbsolutePathBuilder().path(added.code()).queryParam("asOf", added.validFrom()).build())
                .entity(InstitutionDto.of(added)).build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.CBRC, Roles.SERVICE})
    @Operation(operationId = "searchInstitutions", summary = "Search the register by name fragment, region (a province code matches the whole province), peer group and kind")
    public Page<InstitutionDto> search(@QueryParam("name") String name, @QueryParam("region") String region,
                                       @QueryParam("peerGroup") String peerGroup, @QueryParam("kind") String kind,
                                       @QueryParam("asOf") LocalDate asOf, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return register.search(name, region, peerGroup, kind, Shanghai.orToday(asOf, clock), PageRequest.of(page, size)).map(InstitutionDto::of);
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.ADMIN, Roles.CBRC, Roles.BUREAU, Roles.BANK, Roles.SERVICE})
    @Operation(operationId = "getInstitution", summary = "One institution as valid on a date (default today)")
    public InstitutionDto get(@PathParam("code") String code, @QueryParam("asOf") LocalDate asOf) {
        LocalDate d = Shanghai.orToday(asOf, clock);
        scope.requireRead(code, d);
        return InstitutionDto.of(register.get(code, d));
    }

    @GET
    @Path("/{code}/history")
    @RolesAllowed({Roles.ADMIN, Roles.CBRC, Roles.BUREAU, Roles.BANK, Roles.SERVICE})
    @Operation(operationId = "getInstitutionHistory", summary = "Every validity interval of an institution, oldest first")
    public List<InstitutionDto> history(@PathParam("code") String code) {
        // Only the intervals the caller may read on their own dates, and one 404 whether the code is unknown or out of scope.
        List<InstitutionDto> readable = register.historyOrEmpty(code).stream()
                .filter(i -> scope.canRead(code, i.validFrom())).map(InstitutionDto::of).toList();
        if (readable.isEmpty()) {
            throw cn.npa.common.problem.ProblemException.notFound("No institution '" + code + "'.");
        }
        return readable;
    }

    @GET
    @Path("/{code}/children")
    @RolesAllowed({Roles.ADMIN, Roles.CBRC, Roles.BUREAU, Roles.BANK, Roles.SERVICE})
    @Operation(operationId = "listInstitutionChildren", summary = "The direct children of a node on a date (paged)")
    public Page<InstitutionDto> children(@PathParam("code") String code, @QueryParam("asOf") LocalDate asOf,
                                         @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        LocalDate d = Shanghai.orToday(asOf, clock);
        scope.requireRead(code, d);
        return register.children(code, d, PageRequest.of(page, size)).map(InstitutionDto::of);
    }

    @GET
    @Path("/{code}/subtree")
    @RolesAllowed({Roles.ADMIN, Roles.CBRC, Roles.BUREAU, Roles.BANK, Roles.SERVICE})
    @Operation(operationId = "getInstitutionSubtree", summary = "A node and everything below it on a date, nearest levels first (paged)")
    public Page<InstitutionDto> subtree(@PathParam("code") String code, @QueryParam("asOf") LocalDate asOf,
                                        @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        LocalDate d = Shanghai.orToday(asOf, clock);
        scope.requireRead(code, d);
        return register.subtree(code, d, PageRequest.of(page, size)).map(InstitutionDto::of);
    }

    @GET
    @Path("/{code}/ancestors")
    @RolesAllowed({Roles.ADMIN, Roles.CBRC, Roles.BUREAU, Roles.BANK, Roles.SERVICE})
    @Operation(operationId = "getInstitutionAncestors", summary = "The chain from a node's parent up to its root on a date, nearest first; only the ancestors the caller "
            + "may read (those GET /institutions/{code} answers it), so a bureau does not see a national bank's head office")
    public List<InstitutionDto> ancestors(@PathParam("code") String code, @QueryParam("asOf") LocalDate asOf) {
        LocalDate d = Shanghai.orToday(asOf, clock);
        scope.requireRead(code, d);
        // The same rule as a read of one institution: an ancestor out of scope is left out, not shown in part (docs/register.md).
        return register.ancestors(code, d).stream().filter(i -> scope.canRead(i.code(), d)).map(InstitutionDto::of).toList();
    }

    @GET
    @Path("/{code}/jurisdiction")
    @RolesAllowed({Roles.ADMIN, Roles.CBRC, Roles.BUREAU, Roles.SERVICE})
    @Operation(operationId = "getJurisdiction", summary = "The bank nodes a regulator supervises, itself or through the regulators below it, on a date (paged)")
    public Page<InstitutionDto> jurisdiction(@PathParam("code") String code, @QueryParam("asOf") LocalDate asOf,
                                             @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        LocalDate d = Shanghai.orToday(asOf, clock);
        scope.requireJurisdiction(code, d);
        return register.jurisdiction(code, d, PageRequest.of(page, size)).map(InstitutionDto::of);
    }

    @GET
    @Path("/{code}/jurisdiction/maximal")
    @RolesAllowed({Roles.ADMIN, Roles.CBRC, Roles.BUREAU, Roles.SERVICE})
    @Operation(operationId = "getJurisdictionMaximalNodes", summary = "The maximal nodes of a regulator's jurisdiction: those whose parent lies outside it, the ones a rollup sums")
    public Page<InstitutionDto> maximal(@PathParam("code") String code, @QueryParam("asOf") LocalDate asOf,
                                        @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        LocalDate d = Shanghai.orToday(asOf, clock);
        scope.requireJurisdiction(code, d);
        return register.maximalNodes(code, d, PageRequest.of(page, size)).map(InstitutionDto::of);
    }
}
