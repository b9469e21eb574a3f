package cn.npa.submission.rest.register;

import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import cn.npa.common.security.Roles;
import cn.npa.common.time.Shanghai;
import cn.npa.submission.domain.register.ImportSummary;
import cn.npa.submission.service.register.RegisterImportService;
import cn.npa.submission.service.register.RegisterService;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Bulk import and export of the whole register, streamed both ways; the export names the register version it shows. */
@Path("/api/v1/institutions")
@Tag(name = "Institutions")
public class RegisterTransferResource {

    /** The export's header carrying the register's version stamp (docs/register.md, docs/feed.md). */
    static final String VERSION_HEADER = "X-Register-Version";
    private static final String VERSION_DESCRIPTION = "The register's version stamp, read before the rows (so the rows are at least"
            + " as new as it): every register change bumps it and announces it on the feed as REGISTER_CHANGED";

    private final RegisterImportService importer;
    private final RegisterService register;
    private final ObjectMapper json;
    private final Clock clock;

    public RegisterTransferResource(RegisterImportService importer, RegisterService register, ObjectMapper json, Clock clock) {
        this.importer = importer;
        this.register = register;
        this.clock = clock;
        this.json = json;
    }

    @POST
    @Path("/import")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "importRegister", summary = "Import a register as a JSON array of institutions: all or nothing, every bad row named; re-importing changes nothing")
    @RequestBody(required = true, description = "A JSON array of institutions, the fields of POST /api/v1/institutions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = InstitutionInput.class)))
    public ImportSummary importJson(InputStream body) throws IOException {
        return importRows(RegisterImportReader.json(body));
    }

    @POST
    @Path("/import")
    @Consumes("text/csv")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "importRegister", summary = "Import a register as CSV with a header line (code,name,kind,parentCode,supervisorCode,regionCode,peerGroup,validFrom,validTo)")
    public ImportSummary importCsv(InputStream body) throws IOException {
        return importRows(RegisterImportReader.csv(body));
    }

    @GET
    @Path("/export")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.CBRC, Roles.SERVICE})
    @Operation(operationId = "exportRegister", summary = "Every institution valid on a date, streamed as a JSON array, regulators first, then each bank level")
    @APIResponse(responseCode = "200", description = "The institutions valid on the date (default today, Shanghai)",
            headers = @Header(name = VERSION_HEADER, description = VERSION_DESCRIPTION, schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = InstitutionDto.class)))
    public Response exportJson(@QueryParam("asOf") LocalDate asOf) {
        LocalDate d = Shanghai.orToday(asOf, clock);
        long version = register.version();
        StreamingOutput body = out -> {
            try (JsonGenerator gen = json.getFactory().createGenerator(out)) {
                gen.writeStartArray();
                register.export(d, i -> write(gen, InstitutionDto.of(i)));
                gen.writeEndArray();
            }
        };
        return Response.ok(body).header(VERSION_HEADER, version).build();
    }

    @GET
    @Path("/export")
    @Produces("text/csv;qs=0.5") // JSON stays the answer to Accept: */*
    @RolesAllowed({Roles.ADMIN, Roles.CBRC, Roles.SERVICE})
    @Operation(operationId = "exportRegister", summary = "Every institution valid on a date, streamed as CSV in the import format")
    @APIResponse(responseCode = "200", description = "The institutions valid on the date (default today, Shanghai), header line first",
            headers = @Header(name = VERSION_HEADER, description = VERSION_DESCRIPTION, schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    public Response exportCsv(@QueryParam("asOf") LocalDate asOf) {
        LocalDate d = Shanghai.orToday(asOf, clock);
        long version = register.version();
        StreamingOutput body = out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write(CsvLine.HEADER + "\n");
            register.export(d, i -> {
                try {
                    w.write(CsvLine.of(i) + "\n");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            w.flush();
        };
        return Response.ok(body).header(VERSION_HEADER, version).build();
    }

    private ImportSummary importRows(RegisterImportReader.Result read) {
        return importer.importRows(read.rows(), read.errors());
    }

    private void write(JsonGenerator gen, InstitutionDto dto) {
        try {
            json.writeValue(gen, dto);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
