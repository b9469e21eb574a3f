package cn.npa.submission.service.intake;

import cn.npa.common.web.RequestIds;
import cn.npa.submission.client.FeedAnswer;
import cn.npa.submission.client.FeedOutcome;
import cn.npa.submission.client.ReportServiceNotifier;
import cn.npa.submission.config.OutboxConfig;
import cn.npa.submission.repository.OutboxRepository;
import cn.npa.submission.repository.OutboxRepository.Failure;
import cn.npa.submission.repository.OutboxRepository.OutboxRow;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Delivers pending outbox events to the report service's feed in bulk (docs/feed.md). A batch (up to
 * {@code npa.outbox.batch-size} events, at most {@code npa.outbox.max-batch-bytes}) is claimed with a lease in a short
 * transaction, sent as one JSON array in one call outside any transaction, and its results recorded in one more: a
 * slow report service holds no locks and no transaction open. Batches follow each other back to back while full ones
 * are acknowledged, for at most {@code npa.outbox.tick-budget-seconds} per run. An event the report service rejects,
 * or a whole batch it does not answer with 200, waits 10 s, 20 s, 40 s ... (at most {@code npa.outbox.max-backoff-seconds})
 * before its next try. Receivers are idempotent by event id, so an event sent twice (a relay died after sending,
 * before recording) does no harm.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** The wait before the second try of a failed event; it doubles per try up to the configured maximum. */
    private static final long FIRST_BACKOFF_SECONDS = 10;

    private final OutboxRepository outbox;
    private final ReportServiceNotifier notifier;
    private final ServiceTokens tokens;
    private final OutboxConfig config;

    public OutboxRelay(OutboxRepository outbox, ReportServiceNotifier notifier, ServiceTokens tokens, OutboxConfig config) {
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

    /** What one batch did: the events acknowledged, and whether another batch may follow at once. */
    private record Batch(int delivered, boolean more) {
    }

    /** Sends due events, batch after batch while full ones are acknowledged, within the tick budget; returns how many were acknowledged. */
    public int relayDue() {
        if (tokens.token().isEmpty()) {
            return 0;
        }
        long end = System.nanoTime() + config.tickBudgetSeconds() * 1_000_000_000L;
        int delivered = 0;
        Batch batch;
        do {
            batch = relayBatch();
            delivered += batch.delivered();
        } while (batch.more() && System.nanoTime() - end < 0);
        return delivered;
    }

    /** Claims one batch, sends what fits in one call, records the results and gives back the rest. */
    private Batch relayBatch() {
        List<OutboxRow> rows = QuarkusTransaction.requiringNew().call(() -> outbox.claimDue(config.batchSize(), config.leaseSeconds()));
        if (rows.isEmpty()) {
            return new Batch(0, false);
        }
        List<OutboxRow> sent = rows.subList(0, fitting(rows));
        try {
            // One call, one request id: a lone event keeps its filing's, a batch gets its own (each event's is logged with it).
            RequestIds.set(sent.size() == 1 && sent.get(0).requestId() != null ? sent.get(0).requestId() : RequestIds.accept(null));
            int delivered = send(sent);
            if (delivered < 0) {
                return new Batch(0, false);
            }
            return new Batch(delivered, rows.size() == config.batchSize() || sent.size() < rows.size());
        } finally {
            RequestIds.clear();
            // whatever happened, events not attempted are due again at once instead of waiting out the lease
            List<UUID> rest = rows.subList(sent.size(), rows.size()).stream().map(OutboxRow::id).toList();
            if (!rest.isEmpty()) {
                QuarkusTransaction.requiringNew().run(() -> outbox.release(rest));
            }
        }
    }

    /** How many of the claimed events, oldest first, fit in one call's byte budget; the first always does. */
    private int fitting(List<OutboxRow> rows) {
        long bytes = 2;
        for (int i = 0; i < rows.size(); i++) {
            bytes += utf8Length(rows.get(i).payload()) + 1;
            if (i > 0 && bytes > config.maxBatchBytes()) {
                return i;
            }
        }
        return rows.size();
    }

    /**
     * Sends events in one call and records each result; returns how many were acknowledged, or -1 when the call as a
     * whole failed (no answer, or not a 200). Only the answer decides delivered or failed: an error while recording
     * propagates (the events stay leased and are sent again later; the receiver is idempotent).
     */
    private int send(List<OutboxRow> rows) {
        if (LOG.isDebugEnabled()) {
            rows.forEach(r -> LOG.debugf("Feed event %s (%s) of request %s", r.id(), r.eventType(), r.requestId()));
        }
        FeedAnswer answer = null;
        String error;
        try {
            answer = notifier.deliver(body(rows), tokens.token().orElseThrow());
            error = answer.ok() ? null : "refused by the report service: HTTP " + answer.status();
        } catch (Exception e) {
            error = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        if (error != null) {
            String reason = error;
            List<Failure> failures = rows.stream().map(r -> new Failure(r.id(), backoff(r), reason)).toList();
            QuarkusTransaction.requiringNew().run(() -> outbox.failed(failures));
            LOG.warnf("Feed batch of %d events not delivered (oldest tried %d times before, next in %d s): %s", rows.size(),
                    rows.get(0).attempts(), failures.get(0).waitSeconds(), error);
            return -1;
        }
        Map<String, FeedOutcome> results = new HashMap<>();
        answer.results().forEach(r -> results.putIfAbsent(r.eventId(), r));
        List<UUID> delivered = new ArrayList<>();
        List<Failure> failures = new ArrayList<>();
        for (OutboxRow row : rows) {
            FeedOutcome result = results.get(row.id().toString());
            if (result != null && result.acknowledged()) {
                delivered.add(row.id());
            } else {
                failures.add(new Failure(row.id(), backoff(row), reason(result)));
            }
        }
        QuarkusTransaction.requiringNew().run(() -> {
            outbox.delivered(delivered);
            outbox.failed(failures);
        });
        if (!failures.isEmpty()) {
            Failure first = failures.get(0);
            LOG.warnf("Feed batch of %d events: %d delivered, %d not (e.g. %s, next in %d s: %s)", rows.size(), delivered.size(),
                    failures.size(), first.id(), first.waitSeconds(), first.error());
        } else {
            LOG.debugf("Feed batch of %d events delivered", rows.size());
        }
        return delivered.size();
    }

    /** Why the report service did not acknowledge an event, as the outbox row's last error. */
    private static String reason(FeedOutcome result) {
        if (result == null) {
            return "no result for this event in the report service's answer";
        }
        String outcome = result.outcome() == null ? "no outcome" : result.outcome();
        return result.error() == null ? outcome : outcome + ": " + result.error();
    }

    /** The wait before the next try: 10 s doubling per earlier attempt, up to the configured maximum. */
    private long backoff(OutboxRow row) {
        return Math.min(config.maxBackoffSeconds(), FIRST_BACKOFF_SECONDS << Math.min(row.attempts(), 20));
    }

    /**
     * The events as one JSON array: the stored payload texts joined as they are, never parsed and written again, so
     * every amount keeps the digits it was filed with.
     */
    static String body(List<OutboxRow> rows) {
        int size = 2;
        for (OutboxRow r : rows) {
            size += r.payload().length() + 1;
        }
        StringBuilder out = new StringBuilder(size).append('[');
        for (int i = 0; i < rows.size(); i++) {
            out.append(i == 0 ? "" : ",").append(rows.get(i).payload());
        }
        return out.append(']').toString();
    }

    private static long utf8Length(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c)) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }
}
