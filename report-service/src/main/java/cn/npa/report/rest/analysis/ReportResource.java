package cn.npa.report.rest.analysis;

import cn.npa.common.security.Roles;
import cn.npa.report.domain.analysis.AnalysisDocument;
import cn.npa.report.domain.analysis.ReportKind;
import cn.npa.report.domain.assessment.AssessmentReport;
import cn.npa.report.domain.period.RollupPeriod;
import cn.npa.report.service.analysis.AnalysisService;
import cn.npa.report.service.analysis.AssessmentReportService;
import cn.npa.report.service.analysis.Renderings;
import cn.npa.report.service.rollup.RollupService;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.util.List;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Analysis documents of any node (R4-R6): JSON for portals, scoped like the rollups. */
@Path("/api/v1/reports/{node}")
@RolesAllowed({Roles.BANK, Roles.BUREAU, Roles.CBRC})
@Tag(name = "Reports", description = "Monthly NPL and quarterly NPA analysis documents, traceable to the filings read")
public class ReportResource {

    /** Response header naming the stored build served (a new build follows every change of the inputs). */
    static final String BUILD = "X-Report-Build";

    private final AnalysisService analyses;
    private final AssessmentReportService assessments;
    private final Renderings renderings;

    public ReportResource(AnalysisService analyses, AssessmentReportService assessments, Renderings renderings) {
        this.analyses = analyses;
        this.assessments = assessments;
        this.renderings = renderings;
    }

    static final String PDF = "application/pdf";

    @GET
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML, PDF})
    @Operation(operationId = "getReport", summary = "The analysis or assessment document of a node for a period (JSON, HTML or PDF by Accept)",
            description = "kind=monthly-npl (a month: Art. 8 (1)-(6)), quarterly-npa (a quarter: Art. 8, 9, 10) or"
                    + " quarterly-assessment (a regulator's quarter: Art. 12-14, schema npa-assessment/1, from the indicator service's"
                    + " run named in inputs.run; 503 while the indicator service cannot be read); by default"
                    + " the kind of the period. Built when the period's rollups change and on demand; a provisional document"
                    + " says so in its first field (notice) with its coverage. Every figure and row carries a trace to the"
                    + " submission versions read (inputs.versions). Accept: application/json (default), text/html or"
                    + " application/pdf for the same document rendered for people (Chinese and English headings).")
    @APIResponse(responseCode = "200", description = "The document", content = {@Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(oneOf = {AnalysisDocument.class, AssessmentReport.class},
                    description = "An analysis document (schema npa-analysis/1) or, for kind=quarterly-assessment, an assessment report (npa-assessment/1)"),
            examples = {@ExampleObject(name = "a bureau's monthly NPL analysis, provisional", value = ReportExamples.MONTHLY),
                    @ExampleObject(name = "a bureau's quarterly assessment report (kind=quarterly-assessment)", value = ReportExamples.ASSESSMENT)}),
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)),
            @Content(mediaType = PDF, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", description = "The period or kind cannot be read, or do not fit each other (quarterly-assessment"
            + " is a regulator's)")
    @APIResponse(responseCode = "503", description = "quarterly-assessment: the indicator service cannot be read now")
    @APIResponse(responseCode = "404", description = "No such node in the register of the period, or not one the caller may read")
    public Response get(@Context HttpHeaders headers, @PathParam("node") @Parameter(example = "BUR-440000") String node,
                         @QueryParam("period") @Parameter(description = "2026-10 or 2026-Q3", example = "2026-10") String period,
                         @QueryParam("kind") @Parameter(description = "monthly-npl, quarterly-npa or quarterly-assessment (default: the period's analysis)") String kind) {
        RollupPeriod p = RollupService.period(period);
        ReportKind k = AnalysisService.kind(kind, p);
        boolean assessment = k == ReportKind.QUARTERLY_ASSESSMENT;
        AnalysisService.Built b = assessment ? assessments.read(node, p) : analyses.read(node, p, k);
        MediaType type = chosen(headers);
        if (type.isCompatible(MediaType.valueOf(PDF))) {
            byte[] pdf = assessment ? assessments.rendering(b, AnalysisService.Format.PDF) : analyses.rendering(b, AnalysisService.Format.PDF);
            return Response.ok(pdf, PDF).header(BUILD, b.id()).build();
        }
        boolean gzip = acceptsGzip(headers);
        boolean html = type.isCompatible(MediaType.TEXT_HTML_TYPE);
        byte[] body = html
                ? renderings.encoded(b, "html", gzip, () -> assessment ? assessments.rendering(b, AnalysisService.Format.HTML)
                        : analyses.rendering(b, AnalysisService.Format.HTML))
                : renderings.encoded(b, "json", gzip, () -> b.json().getBytes(StandardCharsets.UTF_8));
        Response.ResponseBuilder answer = Response.ok(body, html ? "text/html; charset=utf-8" : MediaType.APPLICATION_JSON)
                .header(BUILD, b.id()).header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        return gzip ? answer.header(HttpHeaders.CONTENT_ENCODING, "gzip").build() : answer.build();
    }

    /** Whether the caller takes gzip (Accept-Encoding: gzip, not with q=0): a document of megabytes goes compressed. */
    static boolean acceptsGzip(HttpHeaders headers) {
        List<String> values = headers.getRequestHeader(HttpHeaders.ACCEPT_ENCODING);
        if (values == null) {
            return false;
        }
        for (String value : values) {
            for (String coding : value.split(",")) {
                String[] parts = coding.trim().split(";");
                if (parts[0].trim().equalsIgnoreCase("gzip")) {
                    return parts.length < 2 || !parts[1].replace(" ", "").matches("q=0(\\.0*)?");
                }
            }
        }
        return false;
    }

    /** The first of the caller's acceptable types (by preference) that we write; JSON for a wildcard or none. */
    private static MediaType chosen(HttpHeaders headers) {
        for (MediaType t : headers.getAcceptableMediaTypes()) {
            if (t.isWildcardType() || t.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return MediaType.APPLICATION_JSON_TYPE;
            }
            if (t.isCompatible(MediaType.TEXT_HTML_TYPE) || t.isCompatible(MediaType.valueOf(PDF))) {
                return t;
            }
        }
        return MediaType.APPLICATION_JSON_TYPE;
    }
}
