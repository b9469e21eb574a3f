package cn.npa.submission.service.intake;

import cn.npa.submission.client.ReportServiceNotifier;
import cn.npa.submission.config.OutboxConfig;
import cn.npa.submission.repository.OutboxRepository;
import cn.npa.submission.repository.OutboxRepository.OutboxRow;
import cn.npa.common.web.RequestIds;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Delivers pending outbox events to the report service. A batch is claimed with a lease in a short transaction, then
 * sent outside any transaction, each result recorded in its own: a slow report service holds no locks and no
 * transaction open. A failed event waits 10 s, 20 s, 40 s ... (at most {@code npa.outbox.max-backoff-seconds}, an hour by
 * default) before its next try, and the rest of
 * the batch is given back (the report service is likely down). Receivers are idempotent by event id, so an event sent
 * twice (a relay died after sending, before recording) does no harm.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** The wait before the second try of a failed event; it doubles per try up to the configured maximum. */
    private static final long FIRST_BACKOFF_SECONDS = 10;

    private final OutboxRepository outbox;
    private final ReportServiceNotifier notifier;
    private final ServiceTokens tokens;
    private final ObjectMapper json;
    private final OutboxConfig config;

    public OutboxRelay(OutboxRepository outbox, ReportServiceNotifier notifier, ServiceTokens tokens, ObjectMapper json,
                       OutboxConfig config) {
        this.json = json;
        this.config = config;
        this.outbox = outbox;
        this.notifier = notifier;
        this.tokens = tokens;
    }

    // the cron is read by name; OutboxConfig documents it and holds its default
    @Scheduled(cron = "{npa.outbox.cron}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        relayDue();
    }

    /** Sends one batch of due events; returns how many the report service acknowledged. */
    public int relayDue() {
        if (tokens.token().isEmpty()) {
            return 0;
        }
        List<OutboxRow> rows = QuarkusTransaction.requiringNew().call(() -> outbox.claimDue(config.batchSize(), config.leaseSeconds()));
        int delivered = 0;
        int sent = 0;
        try {
            for (OutboxRow row : rows) {
                sent++;
                // The filing's request id follows its event: the REST client filter sends it, both services log it.
                RequestIds.set(row.requestId() == null ? RequestIds.accept(null) : row.requestId());
                try {
                    if (!deliver(row)) {
                        break;
                    }
                    delivered++;
                } finally {
                    RequestIds.clear();
                }
            }
        } finally {
            // whatever happened, events not attempted are due again at once instead of waiting out the lease
            List<UUID> rest = rows.subList(sent, rows.size()).stream().map(OutboxRow::id).toList();
            if (!rest.isEmpty()) {
                QuarkusTransaction.requiringNew().run(() -> outbox.release(rest));
            }
        }
        return delivered;
    }

    /**
     * Sends one event with a fresh token (a batch may outlast one), then records the outcome; a failure schedules the
     * next attempt, waiting 10 s doubling up to the configured maximum. Only the send decides delivered or failed: an error while
     * recording a delivery propagates (the event stays leased and is sent again later; receivers are idempotent).
     */
    private boolean deliver(OutboxRow row) {
        String error = null;
        boolean acknowledged = false;
        try {
            acknowledged = notifier.deliver(json.readTree(row.payload()), tokens.token().orElseThrow());
            if (!acknowledged) {
                error = "refused by the report service";
            }
        } catch (Exception e) {
            error = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        if (acknowledged) {
            QuarkusTransaction.requiringNew().run(() -> outbox.delivered(row.id()));
            return true;
        }
        long wait = Math.min(config.maxBackoffSeconds(), FIRST_BACKOFF_SECONDS << Math.min(row.attempts(), 20));
        String reason = error;
        QuarkusTransaction.requiringNew().run(() -> outbox.failed(row.id(), wait, reason));
        LOG.warnf("Outbox event %s not delivered (attempt %d, next in %d s): %s", row.id(), row.attempts() + 1, wait, error);
        return false;
    }
}
