package cn.npa.submission.service.intake;

import cn.npa.submission.client.ReportServiceNotifier;
import cn.npa.submission.domain.filing.FilingReader;
import cn.npa.submission.repository.OutboxRepository;
import cn.npa.submission.repository.OutboxRepository.OutboxRow;
import cn.npa.common.web.RequestIds;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Delivers pending outbox events to the report service. Rows are claimed with FOR UPDATE SKIP LOCKED, so replicas
 * never send the same row at once; a failed row waits 10 s, 20 s, 40 s ... (at most an hour) before the next try.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    static final int BATCH = 50;

    private final OutboxRepository outbox;
    private final ReportServiceNotifier notifier;
    private final ServiceTokens tokens;

    public OutboxRelay(OutboxRepository outbox, ReportServiceNotifier notifier, ServiceTokens tokens) {
        this.outbox = outbox;
        this.notifier = notifier;
        this.tokens = tokens;
    }

    @Scheduled(cron = "{npa.outbox.cron}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        relayDue();
    }

    /** Sends one batch of due events; returns how many the report service acknowledged. */
    @Transactional
    public int relayDue() {
        Optional<String> token = tokens.token();
        if (token.isEmpty()) {
            return 0;
        }
        int delivered = 0;
        for (OutboxRow row : outbox.claimDue(BATCH)) {
            // The filing's request id follows its event: the REST client filter sends it, both services log it.
            RequestIds.set(row.requestId() == null ? RequestIds.accept(null) : row.requestId());
            try {
                if (deliver(row, token.get())) {
                    delivered++;
                }
            } finally {
                RequestIds.clear();
            }
        }
        return delivered;
    }

    /** Sends one event; on failure schedules the next attempt, waiting 10 s doubling up to an hour. */
    private boolean deliver(OutboxRow row, String token) {
        String error;
        try {
            if (notifier.deliver(FilingReader.mapper().readTree(row.payload()), token)) {
                outbox.delivered(row.id());
                return true;
            }
            error = "refused by the report service";
        } catch (Exception e) {
            error = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        long wait = Math.min(3600, 10L << Math.min(row.attempts(), 9));
        outbox.failed(row.id(), OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(wait), error);
        LOG.warnf("Outbox event %s not delivered (attempt %d, next in %d s): %s", row.id(), row.attempts() + 1, wait, error);
        return false;
    }
}
