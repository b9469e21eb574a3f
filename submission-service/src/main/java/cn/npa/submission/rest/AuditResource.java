package cn.npa.submission.rest;

import cn.npa.common.security.Caller;
import cn.npa.common.security.Roles;
import cn.npa.common.web.Page;
import cn.npa.common.web.PageRequest;
import cn.npa.submission.domain.audit.AuditEvent;
import cn.npa.submission.service.intake.AuditService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit trail of report intake: who filed, amended or explained what, when, under which request id. */
@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "Who did what to which submission")
public class AuditResource {

    private final AuditService audit;
    private final Caller caller;

    public AuditResource(AuditService audit, Caller caller) {
        this.audit = audit;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.CBRC, Roles.ADMIN, Roles.BUREAU})
    @Operation(operationId = "listAuditEvents", summary = "Audit events, newest first, optionally of one institution; a bureau sees its jurisdiction; paged")
    public Page<AuditEvent> list(@QueryParam("institution") String institution, @QueryParam("page") Integer page,
                                 @QueryParam("size") Integer size) {
        return audit.page(QueryParams.text(institution), caller, PageRequest.of(page, size));
    }
}
