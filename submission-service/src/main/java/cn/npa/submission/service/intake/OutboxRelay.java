package cn.npa.submission.service.intake;

import cn.npa.common.web.RequestIds;
import cn.npa.submission.client.FeedAnswer;
import cn.npa.submission.client.FeedOutcome;
import cn.npa.submission.client.ReportServiceNotifier;
import cn.npa.submission.config.OutboxConfig;
import cn.npa.submission.repository.OutboxRepository;
import cn.npa.submission.repository.OutboxRepository.Failure;
import cn.npa.submission.repository.OutboxRepository.OutboxRow;
import cn.npa.submission.repository.OutboxRepository.Parked;
import cn.npa.submission.domain.outbox.FeedVerdict;
import cn.npa.submission.domain.outbox.Refusal;
import cn.npa.submission.service.outbox.DeadLetterMetric;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

/**
 * Delivers pending outbox events to the report service's feed in bulk (docs/feed.md), parking those it refuses for
 * good (docs/reliability.md, "Dead letters"). A batch (up to
 * {@code npa.outbox.batch-size} events, at most {@code npa.outbox.max-batch-bytes}) is claimed with a lease in a short
 * transaction, sent as one JSON array in one call outside any transaction, and its results recorded in one more: a
 * slow report service holds no locks and no transaction open. Batches follow each other back to back while full ones
 * are acknowledged, for at most {@code npa.outbox.tick-budget-seconds} per run, in {@code npa.outbox.parallel-calls}
 * lanes at once (each claims its own batch; the report service stores events in any order). An event the report service does not
 * acknowledge, or a whole batch it does not answer with 200, waits 10 s, 20 s, 40 s ... (at most {@code npa.outbox.max-backoff-seconds})
 * before its next try; one it refuses for good (a REJECTED result, or a permanent 4xx to the event sent alone, see
 * {@link FeedVerdict}) is parked as a dead letter, never claimed again until an operator requeues it. Receivers are
 * idempotent by event id, so an event sent twice (a relay died after sending,
 * before recording) does no harm.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** The wait before the second try of a failed event; it doubles per try up to the configured maximum. */
    private static final long FIRST_BACKOFF_SECONDS = 10;
    /** Every this many scheduled runs the dead-letter gauge is read again from the database. */
    private static final int METRIC_EVERY_TICKS = 30;

    private final OutboxRepository outbox;
    private final ReportServiceNotifier notifier;
    private final ServiceTokens tokens;
    private final OutboxConfig config;
    private final DeadLetterMetric deadLetters;
    private final ManagedExecutor executor;
    /** Scheduled runs so far (runs never overlap: SKIP). */
    private long ticks;

    public OutboxRelay(OutboxRepository outbox, ReportServiceNotifier notifier, ServiceTokens tokens, OutboxConfig config,
                       DeadLetterMetric deadLetters, ManagedExecutor executor) {
        this.executor = executor;
        this.config = config;
        this.deadLetters = deadLetters;
        this.outbox = outbox;
        this.notifier = notifier;
        this.tokens = tokens;
    }

    // the cron is read by name; OutboxConfig documents it and holds its default
    @Scheduled(cron = "{npa.outbox.cron}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        relayDue();
        if (ticks++ % METRIC_EVERY_TICKS == 0) {
            deadLetters.refresh(); // events parked or requeued through another replica show here too
        }
    }

    /** What one batch did: the events acknowledged and parked, and whether another batch may follow at once. */
    private record Batch(int delivered, int parked, boolean more) {
    }

    /** Sends due events, batch after batch while full ones are acknowledged, within the tick budget; returns how many were acknowledged. */
    public int relayDue() {
        if (tokens.token().isEmpty()) {
            return 0;
        }
        long end = System.nanoTime() + config.tickBudgetSeconds() * 1_000_000_000L;
        List<OutboxRow> first = claim();
        if (first.isEmpty()) {
            return 0;
        }
        // more lanes only when more than one batch is due: a small backlog still goes in one call, oldest first
        List<Future<Batch>> others = new ArrayList<>();
        for (int i = 1; i < config.parallelCalls() && first.size() == config.batchSize(); i++) {
            others.add(executor.submit(() -> lane(end, null)));
        }
        RuntimeException failure = null;
        Batch total;
        try {
            total = lane(end, first);
        } catch (RuntimeException e) {
            failure = e;
            total = new Batch(0, 0, false);
        }
        for (Future<Batch> other : others) {
            try {
                Batch b = other.get();
                total = new Batch(total.delivered() + b.delivered(), total.parked() + b.parked(), false);
            } catch (ExecutionException e) {
                failure = failure != null ? failure : new IllegalStateException("an outbox relay lane failed", e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = failure != null ? failure : new IllegalStateException("interrupted while waiting for a relay lane", e);
            }
        }
        if (total.parked() > 0) {
            deadLetters.refresh();
        }
        if (failure != null) {
            throw failure; // after every lane ended: what they delivered is recorded, the rest is leased and sent again
        }
        return total.delivered();
    }

    /**
     * One lane of a run: batch after batch while full ones are acknowledged, until the tick budget ends; its totals.
     * {@code claimed} is its first batch when already claimed, else null.
     */
    private Batch lane(long end, List<OutboxRow> claimed) {
        int delivered = 0;
        int parked = 0;
        Batch batch;
        List<OutboxRow> next = claimed;
        do {
            batch = relay(next != null ? next : claim());
            next = null;
            delivered += batch.delivered();
            parked += batch.parked();
        } while (batch.more() && System.nanoTime() - end < 0);
        return new Batch(delivered, parked, false);
    }

    /** Claims the next batch of due events (skipping those another lane or relay holds). */
    private List<OutboxRow> claim() {
        return QuarkusTransaction.requiringNew().call(() -> outbox.claimDue(config.batchSize(), config.leaseSeconds()));
    }

    /** Sends what fits of a claimed batch in one call, records the results and gives back the rest. */
    private Batch relay(List<OutboxRow> rows) {
        if (rows.isEmpty()) {
            return new Batch(0, 0, false);
        }
        List<OutboxRow> sent = rows.subList(0, FeedBodies.fitting(rows, config.maxBatchBytes()));
        try {
            // One call, one request id: a lone event keeps its filing's, a batch gets its own (each event's is logged with it).
            RequestIds.set(sent.size() == 1 && sent.get(0).requestId() != null ? sent.get(0).requestId() : RequestIds.accept(null));
            Sent result = send(sent);
            boolean more = !result.failed() && (rows.size() == config.batchSize() || sent.size() < rows.size());
            return new Batch(result.delivered(), result.parked(), more);
        } finally {
            RequestIds.clear();
            // whatever happened, events not attempted are due again at once instead of waiting out the lease
            List<UUID> rest = rows.subList(sent.size(), rows.size()).stream().map(OutboxRow::id).toList();
            if (!rest.isEmpty()) {
                QuarkusTransaction.requiringNew().run(() -> outbox.release(rest));
            }
        }
    }

    /** What sending some events did: how many were acknowledged and parked, and whether a call failed as a whole. */
    private record Sent(int delivered, int parked, boolean failed) {
        Sent plus(Sent other) {
            return new Sent(delivered + other.delivered, parked + other.parked, failed || other.failed);
        }
    }

    /**
     * Sends events in one call and records each result. Only the answer decides delivered, failed or parked: an error
     * while recording propagates (the events stay leased and are sent again later; the receiver is idempotent).
     */
    private Sent send(List<OutboxRow> rows) {
        if (LOG.isDebugEnabled()) {
            rows.forEach(r -> LOG.debugf("Feed event %s (%s) of request %s", r.id(), r.eventType(), r.requestId()));
        }
        FeedAnswer answer = null;
        String error = null;
        try {
            answer = notifier.deliver(FeedBodies.body(rows), tokens.token().orElseThrow());
        } catch (Exception e) {
            error = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        FeedVerdict verdict = answer == null ? FeedVerdict.RETRY : FeedVerdict.of(answer.status());
        if (verdict == FeedVerdict.REFUSED) {
            return refused(rows, answer.refusal());
        }
        if (verdict == FeedVerdict.RETRY) {
            String reason = error != null ? error : "refused by the report service: HTTP " + answer.status();
            List<Failure> failures = rows.stream().map(r -> new Failure(r.id(), backoff(r), reason)).toList();
            QuarkusTransaction.requiringNew().run(() -> outbox.failed(failures));
            LOG.warnf("Feed batch of %d events not delivered (oldest tried %d times before, next in %d s): %s", rows.size(),
                    rows.get(0).attempts(), failures.get(0).waitSeconds(), reason);
            return new Sent(0, 0, true);
        }
        return answered(rows, answer.results());
    }

    /** Records the report service's word on each event of a 200 answer: acknowledged, refused for good (parked), or not (retried). */
    private Sent answered(List<OutboxRow> rows, List<FeedOutcome> answer) {
        Map<String, FeedOutcome> results = new HashMap<>();
        answer.forEach(r -> results.putIfAbsent(r.eventId(), r));
        List<UUID> delivered = new ArrayList<>();
        List<Failure> failures = new ArrayList<>();
        List<Parked> parked = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            OutboxRow row = rows.get(i);
            FeedOutcome result = results.get(row.id().toString());
            if (result == null && answer.size() == rows.size() && answer.get(i).eventId() == null) {
                result = answer.get(i); // results come in the order sent: an event whose id could not be read is answered in its place
            }
            if (result != null && result.acknowledged()) {
                delivered.add(row.id());
            } else if (result != null && result.refused()) {
                parked.add(new Parked(row.id(), new Refusal(200, result.outcome(), result.error(), result.rules())));
            } else {
                failures.add(new Failure(row.id(), backoff(row), reason(result)));
            }
        }
        QuarkusTransaction.requiringNew().run(() -> {
            outbox.delivered(delivered);
            outbox.failed(failures);
            outbox.park(parked);
        });
        parked.forEach(p -> LOG.warnf("Feed event %s parked as a dead letter (refused for good by the report service): %s", p.id(),
                p.reason().summary()));
        if (!failures.isEmpty()) {
            Failure first = failures.get(0);
            LOG.warnf("Feed batch of %d events: %d delivered, %d not (e.g. %s, next in %d s: %s)", rows.size(), delivered.size(),
                    failures.size(), first.id(), first.waitSeconds(), first.error());
        } else {
            LOG.debugf("Feed batch of %d events delivered", rows.size());
        }
        return new Sent(delivered.size(), parked.size(), false);
    }

    /**
     * A call refused for good as a whole. One event alone is parked with the refusal; of several, no one can be blamed,
     * so they go again in two halves, each in its own call, down to one event per call: only an event refused alone is
     * parked, and one poison event never parks its neighbours (about 2 log2(n) calls find it among n).
     */
    private Sent refused(List<OutboxRow> rows, Refusal refusal) {
        if (rows.size() == 1) {
            UUID id = rows.get(0).id();
            QuarkusTransaction.requiringNew().run(() -> outbox.park(List.of(new Parked(id, refusal))));
            LOG.warnf("Feed event %s parked as a dead letter (refused for good by the report service, sent alone): %s", id,
                    refusal.summary());
            return new Sent(0, 1, false);
        }
        LOG.infof("Feed batch of %d events refused as a whole (%s): sent again in halves to find the event refused", rows.size(),
                refusal.summary());
        int half = rows.size() / 2;
        return send(rows.subList(0, half)).plus(send(rows.subList(half, rows.size())));
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
}
