package cn.npa.report.service.outbox;

import cn.npa.report.client.IndicatorFiguresApi;
import cn.npa.report.config.FiguresFeedConfig;
import cn.npa.report.domain.period.RollupPeriod;
import cn.npa.report.domain.outbox.FiguresVerdict;
import cn.npa.report.domain.outbox.Refusal;
import cn.npa.report.domain.rollup.Basis;
import cn.npa.report.repository.outbox.FiguresOutboxRepository;
import cn.npa.report.repository.outbox.FiguresOutboxRepository.Owed;
import cn.npa.report.service.ServiceTokens;
import cn.npa.report.service.rollup.PeriodRollup;
import cn.npa.report.service.rollup.RollupCache;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * Sends the indicator service the figures it is owed (figures_outbox): for each quiet period, its newest version, all
 * nodes on both bases and the client exposures, streamed from a temporary file. Acknowledged versions are done; a
 * failure waits 10 s, doubling up to the configured maximum; figures refused for good (see {@link FiguresVerdict}) are
 * parked as a dead letter (docs/reliability.md), never claimed again until an operator requeues the period. The receiver is idempotent per (period, figure version),
 * and the version sent is the inputs revision the rollup was computed from, so a version always carries the same figures.
 */
@ApplicationScoped
public class FiguresRelay {

    private static final Logger LOG = Logger.getLogger(FiguresRelay.class);
    private static final long FIRST_BACKOFF_SECONDS = 10;
    /** How long a claimed period is left to the replica sending it (a national payload is written and sent well within). */
    private static final java.time.Duration LEASE = java.time.Duration.ofMinutes(10);

    private final FiguresOutboxRepository outbox;
    private final RollupCache rollups;
    private final IndicatorFiguresApi indicator;
    private final ServiceTokens tokens;
    private final ObjectMapper json;
    private final FiguresFeedConfig config;
    private final Clock clock;
    private final FiguresDeadLetterMetric deadLetters;

    public FiguresRelay(FiguresOutboxRepository outbox, RollupCache rollups, @RestClient IndicatorFiguresApi indicator,
                        ServiceTokens tokens, ObjectMapper json, FiguresFeedConfig config, Clock clock, FiguresDeadLetterMetric deadLetters) {
        this.deadLetters = deadLetters;
        this.outbox = outbox;
        this.rollups = rollups;
        this.indicator = indicator;
        this.tokens = tokens;
        this.json = json;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(every = "{npa.figures-feed.every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, delayed = "10s")
    void tick() {
        relayDue();
        deadLetters.refresh(); // periods parked or requeued through another replica show here too
    }

    /** Sends every owed, quiet period once; returns how many the indicator service acknowledged. */
    public int relayDue() {
        Optional<String> token = tokens.token();
        if (token.isEmpty()) {
            return 0;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Owed> owed = QuarkusTransaction.requiringNew().call(
                () -> outbox.claimDue(now, now.minusSeconds(config.quietSeconds()), now.plus(LEASE), 50));
        int delivered = 0;
        for (Owed o : owed) {
            delivered += send(o, token.get()) ? 1 : 0;
        }
        return delivered;
    }

    private boolean send(Owed o, String token) {
        Path file = null;
        String error;
        try {
            RollupPeriod period = RollupPeriod.parse(o.period()).orElseThrow();
            PeriodRollup restated = rollups.get(period, Basis.RESTATED);
            PeriodRollup first = rollups.get(period, Basis.AS_FIRST_REPORTED);
            long version = Long.parseLong(restated.stamp().substring(0, restated.stamp().indexOf('/')));
            file = Files.createTempFile("npa-figures-" + o.period() + "-", ".json");
            try (OutputStream out = Files.newOutputStream(file); JsonGenerator g = json.getFactory().createGenerator(out)) {
                FiguresPayload.write(g, version, restated, first, earlierCash(period));
            }
            try (InputStream body = Files.newInputStream(file); Response r = call(token, body)) {
                FiguresVerdict verdict = FiguresVerdict.of(r.getStatus());
                if (verdict == FiguresVerdict.DELIVERED) {
                    QuarkusTransaction.requiringNew().run(() -> outbox.delivered(o.period(), version, OffsetDateTime.now(clock)));
                    LOG.infof("figures of %s (version %d, %d bytes) delivered to the indicator service", o.period(), version, Files.size(file));
                    return true;
                }
                String answer = r.hasEntity() ? r.readEntity(String.class) : "";
                if (verdict == FiguresVerdict.REFUSED) {
                    Refusal refusal = Refusals.of(r.getStatus(), answer, json);
                    QuarkusTransaction.requiringNew().run(() -> outbox.park(o.period(), version, refusal, OffsetDateTime.now(clock)));
                    LOG.warnf("figures of %s (version %d) parked as a dead letter (refused for good by the indicator service): %s",
                            o.period(), version, refusal.summary());
                    deadLetters.refresh();
                    return false;
                }
                error = "the indicator service answered " + r.getStatus() + ": " + answer;
            }
        } catch (Exception e) {
            error = e.getClass().getSimpleName() + ": " + e.getMessage();
        } finally {
            deleteQuietly(file);
        }
        long wait = Math.min(config.maxBackoffSeconds(), FIRST_BACKOFF_SECONDS << Math.min(o.attempts(), 20));
        String reason = error;
        QuarkusTransaction.requiringNew().run(() -> outbox.failed(o.period(), OffsetDateTime.now(clock).plusSeconds(wait), reason));
        LOG.warnf("figures of %s not delivered (attempt %d, next in %d s): %s", o.period(), o.attempts() + 1, wait, error);
        return false;
    }

    /** Posts the figures; a 4xx or 5xx is an answer to read (the client's default mapper throws it), not a failure to reach the service. */
    private Response call(String token, InputStream body) {
        try {
            return indicator.send("Bearer " + token, body);
        } catch (WebApplicationException answered) {
            return answered.getResponse();
        }
    }

    /**
     * Cash collected in the earlier periods of the same year and grain, summed per node and basis, from those periods'
     * rollups (regulators and peer groups included), for the intake's {@code cashCollectedYtd}.
     */
    private FiguresPayload.EarlierCash earlierCash(RollupPeriod period) {
        java.util.Map<String, java.math.BigDecimal> sums = new java.util.HashMap<>();
        for (RollupPeriod p = period; p.index() > 1 && p.grain() != RollupPeriod.Grain.YEAR; ) {
            p = p.previous();
            for (Basis basis : Basis.values()) {
                PeriodRollup r = rollups.get(p, basis);
                var h = r.register().hierarchy();
                for (var node : h.bankNodesBottomUp()) {
                    r.rollup().figure(node.code()).flatMap(nf -> nf.figures().loans())
                            .ifPresent(l -> sums.merge(node.code() + "/" + basis, l.movements().cashCollected(), java.math.BigDecimal::add));
                }
                var national = h.node("CBRC");
                for (String code : regulatorCodes(h)) {
                    cn.npa.report.domain.rollup.RegulatorRollup.of(r.rollup(), code).figures().loans()
                            .ifPresent(l -> sums.merge(code + "/" + basis, l.movements().cashCollected(), java.math.BigDecimal::add));
                }
                if (national.isPresent()) {
                    cn.npa.report.domain.rollup.RegulatorRollup.byPeerGroup(r.rollup(), "CBRC").forEach((group, f) -> f.loans()
                            .ifPresent(l -> sums.merge(FiguresPayload.peerGroupCode(group) + "/" + basis, l.movements().cashCollected(),
                                    java.math.BigDecimal::add)));
                }
            }
        }
        return (code, basis) -> sums.getOrDefault(code + "/" + basis, java.math.BigDecimal.ZERO);
    }

    private static List<String> regulatorCodes(cn.npa.report.domain.tree.Hierarchy h) {
        List<String> out = new java.util.ArrayList<>();
        h.node("CBRC").ifPresent(n -> out.add(n.code()));
        for (int i = 0; i < out.size(); i++) {
            h.subRegulators(out.get(i)).forEach(s -> out.add(s.code()));
        }
        return out;
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (java.io.IOException ignored) {
                // a temporary file; the OS cleans its temp folder
            }
        }
    }
}
