package cn.npa.submission.rest.register;

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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Bulk import and export of the whole register, streamed both ways. */
@Path("/api/v1/institutions")
@Tag(name = "Institutions")
public class RegisterTransferResource {

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
    @Operation(summary = "Import a register as a JSON array of institutions: all or nothing, every bad row named; re-importing changes nothing")
    public ImportSummary importJson(InputStream body) throws IOException {
        return importRows(RegisterImportReader.json(body));
    }

    @POST
    @Path("/import")
    @Consumes("text/csv")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Import a register as CSV with a header line (code,name,kind,parentCode,supervisorCode,regionCode,peerGroup,validFrom,validTo)")
    public ImportSummary importCsv(InputStream body) throws IOException {
        return importRows(RegisterImportReader.csv(body));
    }

    @GET
    @Path("/export")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.CBRC, Roles.SERVICE})
    @Operation(summary = "Every institution valid on a date, streamed as a JSON array, regulators first, then each bank level")
    public StreamingOutput exportJson(@QueryParam("asOf") LocalDate asOf) {
        LocalDate d = Shanghai.orToday(asOf, clock);
        return out -> {
            try (JsonGenerator gen = json.getFactory().createGenerator(out)) {
                gen.writeStartArray();
                register.export(d, i -> write(gen, InstitutionDto.of(i)));
                gen.writeEndArray();
            }
        };
    }

    @GET
    @Path("/export")
    @Produces("text/csv;qs=0.5") // JSON stays the answer to Accept: */*
    @RolesAllowed({Roles.ADMIN, Roles.CBRC, Roles.SERVICE})
    @Operation(summary = "Every institution valid on a date, streamed as CSV in the import format")
    public StreamingOutput exportCsv(@QueryParam("asOf") LocalDate asOf) {
        LocalDate d = Shanghai.orToday(asOf, clock);
        return out -> {
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
