package cn.npa.submission.rest;

import cn.npa.common.problem.Problem;
import cn.npa.common.problem.ProblemException;
import cn.npa.common.security.Caller;
import cn.npa.common.security.Roles;
import cn.npa.common.web.Page;
import cn.npa.common.web.PageRequest;
import cn.npa.submission.config.IntakeConfig;
import cn.npa.submission.domain.period.ReportType;
import cn.npa.submission.domain.filing.SubmissionFilter;
import cn.npa.submission.service.intake.ExplanationService;
import cn.npa.submission.service.intake.IntakeService;
import cn.npa.submission.service.intake.SubmissionReadService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Report intake (domain sections 4 and 5): file a report, read its versions, findings and figures, explain findings. */
@Path("/api/v1/submissions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Submissions", description = "Filing reports, their versions, quality findings and explanations")
public class SubmissionResource {

    private static final String ID = "{id: [0-9a-fA-F-]{36}}";

    private final IntakeService intake;
    private final SubmissionReadService reads;
    private final ExplanationService explanations;
    private final IntakeConfig config;
    private final Caller caller;

    public SubmissionResource(IntakeService intake, SubmissionReadService reads, ExplanationService explanations,
                              IntakeConfig config, Caller caller) {
        this.intake = intake;
        this.reads = reads;
        this.explanations = explanations;
        this.config = config;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.BANK, Roles.BUREAU})
    @Operation(operationId = "fileSubmission", summary = "File a report: 201 with the receipt, 200 when an Idempotency-Key replays an earlier identical request, "
            + "422 with every finding, 403 (V8) for another bank's unit",
            description = "The body is a Filing (schema Filing; prose and rules in docs/filing-format.md). The examples, one per "
                    + "report type, are complete and valid: POST one unchanged with a token of the institution its summary names "
                    + "and it is accepted. A bank files for itself and the units below it, a bureau for itself.")
    @RequestBody(required = true, description = "The report; at most 2 MB (413 above).", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Filing"), examples = {
                @ExampleObject(name = "BANK_MONTHLY_NPL", ref = "BANK_MONTHLY_NPL"),
                @ExampleObject(name = "BRANCH_MONTHLY_NPL", ref = "BRANCH_MONTHLY_NPL"),
                @ExampleObject(name = "BANK_QUARTERLY_NPA", ref = "BANK_QUARTERLY_NPA"),
                @ExampleObject(name = "BRANCH_QUARTERLY_NPA", ref = "BRANCH_QUARTERLY_NPA"),
                @ExampleObject(name = "BANK_ANNUAL_NPA", ref = "BANK_ANNUAL_NPA"),
                @ExampleObject(name = "BUREAU_MONTHLY_NPL", ref = "BUREAU_MONTHLY_NPL"),
                @ExampleObject(name = "BUREAU_QUARTERLY_ASSESSMENT", ref = "BUREAU_QUARTERLY_ASSESSMENT"),
                @ExampleObject(name = "BUREAU_ANNUAL_ASSESSMENT", ref = "BUREAU_ANNUAL_ASSESSMENT"),
                @ExampleObject(name = "MAJOR_CHANGE", ref = "MAJOR_CHANGE")}))
    @APIResponse(responseCode = "201", description = "Accepted (possibly with quality findings Q1-Q6): the receipt of the new version",
            headers = @Header(name = "Location", description = "/api/v1/submissions/{id}/versions/{n} of the new version",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.VersionView.class)))
    @APIResponse(responseCode = "200", description = "Idempotent replay: the same Idempotency-Key and the same body bytes as an "
            + "earlier request; its receipt, nothing stored",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING),
                    description = "/api/v1/submissions/{id}/versions/{n} of the first request's version"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.VersionView.class)))
    @APIResponse(responseCode = "400", description = "The body is not well-formed JSON (one V7 finding at $), a text holds an "
            + "unpaired UTF-16 surrogate (a V7 finding at its path), or the Idempotency-Key is unusable", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "403", description = "The caller may not file for this institution (only the V8 finding), or "
            + "is neither a bank nor a bureau", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "409", description = "The Idempotency-Key was used before with another body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "413", description = "The body is larger than 2 MB; nothing was stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "415", description = "The body is not sent as application/json",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "The report breaks validity rules V1-V7 (V5 included): every finding "
            + "in errors[], nothing stored", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
            examples = @ExampleObject(name = "InvalidFiling", ref = "InvalidFiling")))
    public Response file(InputStream body,
                         @Parameter(name = "Idempotency-Key", in = ParameterIn.HEADER, description = "Optional. The same key "
                                 + "with the same body answers 200 with the first receipt and stores nothing; with another body "
                                 + "409. Keys are per caller.", schema = @Schema(type = SchemaType.STRING,
                                 pattern = "^[A-Za-z0-9._:-]{1,200}$"))
                         @HeaderParam("Idempotency-Key") String idempotencyKey) throws IOException {
        byte[] raw = body.readNBytes(config.maxBodyBytes() + 1);
        if (raw.length > config.maxBodyBytes()) {
            throw ProblemException.payloadTooLarge("A report may be at most " + config.maxBodyBytes() + " bytes; nothing was stored.",
                    config.maxBodyBytes());
        }
        IntakeService.Submitted result = intake.submit(raw, idempotencyKey == null || idempotencyKey.isEmpty() ? null : idempotencyKey, caller);
        Views.VersionView r = Views.of(result.receipt());
        // a relative reference (RFC 9110 10.2.2), set as is: Response.location() would resolve it against the request URI each time
        String location = "/api/v1/submissions/" + r.submissionId() + "/versions/" + r.version();
        return Response.status(result.replay() ? 200 : 201).header(HttpHeaders.LOCATION, location).entity(r).build();
    }

    @GET
    @RolesAllowed({Roles.BANK, Roles.BUREAU, Roles.CBRC, Roles.ADMIN, Roles.SERVICE})
    @Operation(operationId = "listSubmissions", summary = "Submissions in the caller's scope, with the latest version's verdict; paged")
    public Page<Views.SubmissionListItem> list(@QueryParam("institution") String institution, @Parameter(schema = @Schema(implementation = ReportType.class)) @QueryParam("type") String type,
                                               @QueryParam("period") String period,
                                               @Parameter(schema = @Schema(implementation = Verdicts.class)) @QueryParam("verdict") String verdict,
                                               @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        ReportType t = QueryParams.enumValue(ReportType.class, type, "type");
        Verdicts v = QueryParams.enumValue(Verdicts.class, verdict, "verdict");
        return reads.list(new SubmissionFilter(QueryParams.text(institution), t == null ? null : t.name(), QueryParams.period(period, "period"),
                v == null ? null : v.name()), caller, PageRequest.of(page, size)).map(Views::of);
    }

    @GET
    @Path("/accepted")
    @RolesAllowed({Roles.SERVICE, Roles.CBRC})
    @Operation(operationId = "listAcceptedVersions", summary = "The latest accepted version of every submission of a period, with key figures and body; paged")
    public Page<Views.AcceptedView> accepted(@QueryParam("period") String period, @QueryParam("page") Integer page,
                                             @QueryParam("size") Integer size) {
        return reads.accepted(QueryParams.period(QueryParams.required(period, "period"), "period"), PageRequest.of(page, size)).map(Views::of);
    }

    @GET
    @Path("/figures")
    @RolesAllowed({Roles.BANK, Roles.BUREAU, Roles.CBRC, Roles.ADMIN, Roles.SERVICE})
    @Operation(operationId = "getSubmissionFigures", summary = "Key figures of one report as first reported (version 1) or as restated (latest version)")
    public Views.FiguresView figures(@Parameter(required = true) @QueryParam("institution") String institution,
                                     @Parameter(required = true, schema = @Schema(implementation = ReportType.class)) @QueryParam("type") String type,
                                     @Parameter(required = true) @QueryParam("period") String period,
                                     @Parameter(description = "RESTATED (default) or FIRST_REPORTED", schema = @Schema(implementation = Basis.class)) @QueryParam("basis") String basis) {
        ReportType t = QueryParams.enumValue(ReportType.class, QueryParams.required(type, "type"), "type");
        Basis b = basis == null || basis.isBlank() ? Basis.RESTATED : QueryParams.enumValue(Basis.class, basis, "basis");
        return Views.of(reads.figures(QueryParams.required(institution, "institution"), t.name(), QueryParams.period(QueryParams.required(period, "period"), "period"),
                b == Basis.RESTATED, caller));
    }

    @GET
    @Path(ID)
    @RolesAllowed({Roles.BANK, Roles.BUREAU, Roles.CBRC, Roles.ADMIN, Roles.SERVICE})
    @Operation(operationId = "getSubmission", summary = "A submission and the list of its versions")
    public Views.SubmissionView submission(@PathParam("id") UUID id) {
        return Views.of(reads.submission(id, caller));
    }

    @GET
    @Path(ID + "/versions/{n: [0-9]{1,6}}")
    @RolesAllowed({Roles.BANK, Roles.BUREAU, Roles.CBRC, Roles.ADMIN, Roles.SERVICE})
    @Operation(operationId = "getVersion", summary = "One version with its body, deadline status and findings (with explanations)")
    public Views.VersionView version(@PathParam("id") UUID id, @PathParam("n") int n) {
        return Views.of(reads.version(id, n, caller));
    }

    @GET
    @Path(ID + "/versions/{n: [0-9]{1,6}}/findings/diff")
    @RolesAllowed({Roles.BANK, Roles.BUREAU, Roles.CBRC, Roles.ADMIN, Roles.SERVICE})
    @Operation(operationId = "getFindingsDiff", summary = "The findings of version n against version n-1: added, resolved, unchanged")
    public Views.DiffView diff(@PathParam("id") UUID id, @PathParam("n") int n) {
        return Views.of(reads.diff(id, n, caller));
    }

    @PUT
    @Path(ID + "/versions/{n: [0-9]{1,6}}/findings/{rule: Q[1-6]}/explanation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.BANK, Roles.BUREAU})
    @Operation(operationId = "explainFindings", summary = "Explain the findings of one rule in one version (the filer's side); returns the version")
    public Views.VersionView explain(@PathParam("id") UUID id, @PathParam("n") int n, @PathParam("rule") String rule,
                                     ExplanationInput input) {
        return Views.of(explanations.explain(id, n, rule, input == null ? null : input.text(), caller));
    }

    /** The verdicts a list can be filtered by. */
    @Schema(name = "Verdict", description = "The verdict of an accepted version: ACCEPTED_WITH_WARNINGS until every quality finding is explained")
    enum Verdicts { ACCEPTED, ACCEPTED_WITH_WARNINGS }

    /** Which version's figures: the first reported or the restated (latest). */
    @Schema(name = "Basis", description = "Which version's figures: FIRST_REPORTED (version 1) or RESTATED (the latest)")
    enum Basis { FIRST_REPORTED, RESTATED }
}
