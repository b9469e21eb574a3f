package cn.npa.submission.rest;

import cn.npa.submission.domain.register.Institution;
import cn.npa.submission.domain.register.InstitutionInput;
import cn.npa.submission.service.RegisterService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The institution register: both trees, effective-dated (domain spec section 1). */
@Path("/api/v1/institutions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Institutions", description = "The register of regulators, banks and their branches")
public class InstitutionResource {

    private final RegisterService register;

    public InstitutionResource(RegisterService register) {
        this.register = register;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("admin")
    @Operation(summary = "Add one validity interval of an institution")
    public Response add(InstitutionInput input, @Context UriInfo uri) {
        Institution added = register.add(input);
        return Response.created(uri.getAbsolutePathBuilder().path(added.code()).queryParam("asOf", added.validFrom()).build())
                .entity(InstitutionDto.of(added)).build();
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({"admin", "cbrc", "bureau", "bank", "service"})
    @Operation(summary = "One institution as valid on a date (default today)")
    public InstitutionDto get(@PathParam("code") String code, @QueryParam("asOf") LocalDate asOf) {
        return InstitutionDto.of(register.get(code, asOf == null ? LocalDate.now() : asOf));
    }

    @GET
    @Path("/{code}/history")
    @RolesAllowed({"admin", "cbrc", "bureau", "bank", "service"})
    @Operation(summary = "Every validity interval of an institution, oldest first")
    public List<InstitutionDto> history(@PathParam("code") String code) {
        return register.history(code).stream().map(InstitutionDto::of).toList();
    }
}
