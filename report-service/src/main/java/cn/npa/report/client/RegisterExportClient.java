package cn.npa.report.client;

import cn.npa.report.domain.tree.InstitutionKind;
import cn.npa.report.domain.tree.InstitutionSnapshot;
import cn.npa.report.domain.tree.PeerGroup;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** Fetches the register valid on a date from the submission service, streamed, with its version stamp. */
@ApplicationScoped
public class RegisterExportClient {

    /** The export's header carrying the register's version stamp (docs/feed.md). */
    public static final String VERSION_HEADER = "X-Register-Version";

    private final SubmissionRegisterApi api;
    private final ObjectMapper json;

    public RegisterExportClient(@RestClient SubmissionRegisterApi api, ObjectMapper json) {
        this.api = api;
        this.json = json;
    }

    /** One institution as exported, with its display name. */
    public record ExportedInstitution(InstitutionSnapshot snapshot, String name) {
    }

    /** The register as exported, and the stamp it was exported under (0 when the export does not say). */
    public record Export(long version, List<ExportedInstitution> institutions) {
    }

    @Timeout(120_000)
    @Retry(maxRetries = 2, delay = 500)
    public Export fetch(LocalDate asOf, String token) {
        try (Response r = api.export("Bearer " + token, asOf.toString())) {
            if (r.getStatus() != 200) {
                throw new IllegalStateException("the register export answered " + r.getStatus());
            }
            String stamp = r.getHeaderString(VERSION_HEADER);
            List<ExportedInstitution> rows = read(r.readEntity(InputStream.class));
            return new Export(stamp == null || stamp.isBlank() ? 0 : Long.parseLong(stamp.trim()), rows);
        }
    }

    private List<ExportedInstitution> read(InputStream in) {
        List<ExportedInstitution> out = new ArrayList<>();
        // one object at a time out of the array: the reader must not insist that nothing follows each one
        ObjectReader reader = json.readerFor(JsonNode.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        try (JsonParser p = json.getFactory().createParser(in)) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                throw new IllegalStateException("the register export is not a JSON array");
            }
            while (p.nextToken() == JsonToken.START_OBJECT) {
                JsonNode i = reader.readValue(p);
                InstitutionKind kind = InstitutionKind.valueOf(i.path("kind").asText());
                String peer = text(i, "peerGroup");
                out.add(new ExportedInstitution(new InstitutionSnapshot(i.path("code").asText(), kind, text(i, "parentCode"),
                        text(i, "supervisorCode"), text(i, "regionCode"), peer == null ? null : PeerGroup.valueOf(peer)),
                        text(i, "name")));
            }
        } catch (IOException e) {
            throw new IllegalStateException("the register export cannot be read: " + e.getMessage(), e);
        }
        return out;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.path(field);
        return v.isTextual() ? v.asText() : null;
    }
}
