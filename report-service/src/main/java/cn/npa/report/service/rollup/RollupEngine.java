package cn.npa.report.service.rollup;

import cn.npa.report.domain.figures.Figures;
import cn.npa.report.domain.period.RollupPeriod;
import cn.npa.report.domain.rollup.BankRollup;
import cn.npa.report.domain.rollup.Basis;
import cn.npa.report.domain.rollup.Coverages;
import cn.npa.report.domain.rollup.Expectations;
import cn.npa.report.repository.rollup.RollupInputsRepository;
import cn.npa.report.service.register.RegisterCopies;
import cn.npa.report.service.register.RegisterCopy;
import cn.npa.report.config.RollupConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/** Computes a period's rollup on a basis from the stored inputs and the register copy of the period end. */
@ApplicationScoped
public class RollupEngine {

    private static final Logger LOG = Logger.getLogger(RollupEngine.class);

    private final RollupInputsRepository inputs;
    private final RegisterCopies registers;
    private final ParsedFilings parsedFilings;
    private final RollupConfig config;
    private final Clock clock;
    private final Map<String, PeriodInputs> periodInputs = new java.util.LinkedHashMap<>(16, 0.75f, true);

    public RollupEngine(RollupInputsRepository inputs, RegisterCopies registers, ParsedFilings parsedFilings, RollupConfig config,
                        Clock clock) {
        this.inputs = inputs;
        this.registers = registers;
        this.parsedFilings = parsedFilings;
        this.config = config;
        this.clock = clock;
    }

    /** The stamp of a period's inputs now: its revision, the previous period's (coverage reads it) and the register's. */
    public String stamp(RollupPeriod period) {
        String previous = period.previous().toString();
        Map<String, Long> r = QuarkusTransaction.requiringNew().call(() -> inputs.revisions(List.of(period.toString(), previous, "*")));
        return r.get(period.toString()) + "/" + r.get(previous) + "/" + r.get("*");
    }

    /**
     * Computes the rollup; {@code previous} (the last one of the same period and basis, stale, or null) lets a
     * recompute during a filing wave redo only the units that changed and their ancestors.
     */
    public PeriodRollup compute(RollupPeriod period, Basis basis, String stamp, PeriodRollup previous) {
        long started = System.nanoTime();
        RegisterCopy register = registers.at(period.end());
        String[] revisions = stamp.split("/");
        PeriodInputs in = inputsOf(period);
        Map<String, Figures> filings;
        Map<String, PeriodRollup.FilingVersion> versions;
        Expectations expectations;
        int read;
        synchronized (in) {
            read = QuarkusTransaction.requiringNew().call(() -> in.refresh(inputs, Long.parseLong(revisions[0]),
                    period.previous().toString(), Long.parseLong(revisions[1])));
            Map<String, PeriodInputs.SlotPair> slots = in.slots();
            List<UUID> used = new ArrayList<>(slots.size());
            Set<UUID> keep = new HashSet<>(slots.size() * 4);
            slots.values().forEach(sl -> {
                used.add(sl.event(basis));
                keep.add(sl.firstEvent());
                keep.add(sl.latestEvent());
            });
            Map<UUID, Figures> parsed = parsedFilings.of(period.toString(), used, keep, this::load, config.cachedRollups());
            filings = new HashMap<>(slots.size() * 2);
            versions = new HashMap<>(slots.size() * 2);
            for (Map.Entry<String, PeriodInputs.SlotPair> e : slots.entrySet()) {
                filings.put(e.getKey(), parsed.get(e.getValue().event(basis)));
                versions.put(e.getKey(), new PeriodRollup.FilingVersion(e.getValue().submissionId(), e.getValue().version(basis)));
            }
            expectations = new Expectations(Map.copyOf(in.obligations()), in.previousLoans());
        }
        long ready = System.nanoTime();
        BankRollup rollup = BankRollup.updated(previous == null ? null : previous.rollup(), register.hierarchy(), filings);
        LOG.infof("rollup of %s (%s) over %d filings and %d nodes in %d ms (inputs ready in %d ms, %d slots and statuses read,"
                        + " %d nodes computed)", period, basis, filings.size(), register.hierarchy().size(),
                (System.nanoTime() - started) / 1_000_000, (ready - started) / 1_000_000, read, rollup.computedNodes());
        return new PeriodRollup(period, basis, register, rollup, new Coverages(rollup, expectations), expectations,
                Map.copyOf(versions), stamp, OffsetDateTime.now(clock), new ConcurrentHashMap<>());
    }

    /** The inputs kept for the period (both bases share them), the least recently used periods dropped. */
    private PeriodInputs inputsOf(RollupPeriod period) {
        synchronized (periodInputs) {
            PeriodInputs in = periodInputs.computeIfAbsent(period.toString(), p -> new PeriodInputs(p, period.reportTypes()));
            while (periodInputs.size() > config.cachedRollups()) {
                periodInputs.remove(periodInputs.keySet().iterator().next());
            }
            return in;
        }
    }

    private Map<UUID, String> load(List<UUID> events) {
        Map<UUID, String> out = new HashMap<>(events.size() * 2);
        QuarkusTransaction.requiringNew().run(() -> inputs.filings(events, out::put));
        return out;
    }

}
