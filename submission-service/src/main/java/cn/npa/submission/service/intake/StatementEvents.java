package cn.npa.submission.service.intake;

import cn.npa.submission.repository.OutboxRepository;
import cn.npa.submission.repository.StoredSubmission;
import cn.npa.submission.repository.StoredVersion;
import cn.npa.submission.repository.Writes;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.StringWriter;
import java.util.UUID;

/**
 * Writes the {@code STATEMENT_ACCEPTED} event of an accepted version into the outbox, in the caller's transaction. The
 * figures are the key figures plus, placed by the relay when it sends, the whole filing under {@code filing}.
 * MAJOR_CHANGE reports announce no statement.
 */
@ApplicationScoped
public class StatementEvents {

    public static final String STATEMENT_ACCEPTED = "STATEMENT_ACCEPTED";

    private final OutboxRepository outbox;
    private final ObjectMapper json;

    public StatementEvents(OutboxRepository outbox, ObjectMapper json) {
        this.json = json;
        this.outbox = outbox;
    }

    /** Adds the event of an accepted version to the caller's bundle of writes. */
    public void statementAccepted(Writes writes, StoredSubmission s, StoredVersion v) {
        if ("MAJOR_CHANGE".equals(s.reportType())) {
            return;
        }
        UUID eventId = UUID.randomUUID();
        // written field by field (no tree, no reflection): one event per filing
        StringWriter out = new StringWriter(512);
        try (JsonGenerator g = json.getFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("eventId", eventId.toString());
            g.writeStringField("eventType", STATEMENT_ACCEPTED);
            g.writeStringField("submissionId", s.id().toString());
            g.writeNumberField("version", v.version());
            g.writeStringField("institutionCode", s.institutionCode());
            g.writeStringField("reportType", s.reportType());
            g.writeStringField("period", s.period());
            g.writeStringField("acceptedAt", v.receivedAt().toString());
            g.writeObjectFieldStart("figures");
            for (var figure : Receipts.figures(v.figures()).entrySet()) {
                g.writeFieldName(figure.getKey());
                g.writeNumber(figure.getValue().toPlainString());
            }
            g.writeEndObject();
            g.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException("the event cannot be written", e);
        }
        // the relay places the stored filing under figures.filing when it sends: the body is neither copied nor parsed again
        outbox.addForVersion(writes, eventId, STATEMENT_ACCEPTED, out.toString(), s.id(), v.version());
    }
}
