package cn.npa.submission.service.intake;

import cn.npa.submission.domain.filing.FilingReader;
import cn.npa.submission.repository.OutboxRepository;
import cn.npa.submission.repository.StoredSubmission;
import cn.npa.submission.repository.StoredVersion;
import cn.npa.submission.repository.Writes;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * Writes the "statement accepted" event of an accepted version into the outbox, in the caller's transaction. The
 * figures are the key figures plus, placed by the relay when it sends, the whole filing under {@code filing}. MAJOR_CHANGE reports announce no statement.
 */
@ApplicationScoped
public class StatementEvents {

    public static final String STATEMENT_ACCEPTED = "STATEMENT_ACCEPTED";
    private static final ObjectMapper JSON = FilingReader.mapper();

    private final OutboxRepository outbox;

    public StatementEvents(OutboxRepository outbox) {
        this.outbox = outbox;
    }

    /** Adds the event of an accepted version to the caller's bundle of writes. */
    public void statementAccepted(Writes writes, StoredSubmission s, StoredVersion v) {
        if ("MAJOR_CHANGE".equals(s.reportType())) {
            return;
        }
        UUID eventId = UUID.randomUUID();
        ObjectNode event = JSON.createObjectNode();
        event.put("eventId", eventId.toString());
        event.put("submissionId", s.id().toString());
        event.put("version", v.version());
        event.put("institutionCode", s.institutionCode());
        event.put("reportType", s.reportType());
        event.put("period", s.period());
        event.put("acceptedAt", v.receivedAt().toString());
        ObjectNode figures = event.putObject("figures");
        Receipts.figures(v.figures()).forEach(figures::put);
        try {
            // the relay places the stored filing under figures.filing when it sends: the body is neither copied nor parsed again
            outbox.addForVersion(writes, eventId, STATEMENT_ACCEPTED, JSON.writeValueAsString(event), s.id(), v.version());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the event cannot be written", e);
        }
    }
}
