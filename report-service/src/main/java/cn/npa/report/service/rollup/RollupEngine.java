package cn.npa.report.service.rollup;

import cn.npa.report.domain.figures.Figures;
import cn.npa.report.domain.period.RollupPeriod;
import cn.npa.report.domain.rollup.BankRollup;
import cn.npa.report.domain.rollup.Basis;
import cn.npa.report.domain.rollup.Coverages;
import cn.npa.report.domain.rollup.Expectations;
import cn.npa.report.domain.rollup.ObligationStatus;
import cn.npa.report.repository.rollup.RollupInputsRepository;
import cn.npa.report.service.register.RegisterCopies;
import cn.npa.report.service.register.RegisterCopy;
import cn.npa.report.config.RollupConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumMap;
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
        Map<Basis, Map<String, Slot>> slots = new EnumMap<>(Basis.class);
        Map<String, ObligationStatus> expected = new HashMap<>();
        Map<String, BigDecimal> previousLoans = new HashMap<>();
        QuarkusTransaction.requiringNew().run(() -> {
            for (Basis b : Basis.values()) {
                Map<String, Slot> of = new HashMap<>();
                inputs.slots(period.toString(), period.reportTypes(), b, (code, event, submission, version) ->
                        of.put(code, new Slot(event, new PeriodRollup.FilingVersion(submission, version))));
                slots.put(b, of);
            }
            expected.putAll(inputs.obligations(period.toString(), period.reportTypes()));
            previousLoans.putAll(inputs.totalLoans(period.previous().toString(), period.reportTypes()));
        });
        Map<String, Slot> used = slots.get(basis);
        Set<UUID> keep = new HashSet<>();
        slots.values().forEach(m -> m.values().forEach(sl -> keep.add(sl.event())));
        Map<UUID, Figures> parsed = parsedFilings.of(period.toString(), used.values().stream().map(Slot::event).toList(), keep,
                this::load, config.cachedRollups());
        Map<String, Figures> filings = new HashMap<>(used.size() * 2);
        Map<String, PeriodRollup.FilingVersion> versions = new HashMap<>(used.size() * 2);
        used.forEach((code, sl) -> {
            filings.put(code, parsed.get(sl.event()));
            versions.put(code, sl.version());
        });
        long read = System.nanoTime();
        BankRollup rollup = BankRollup.updated(previous == null ? null : previous.rollup(), register.hierarchy(), filings);
        Expectations expectations = new Expectations(expected, previousLoans);
        LOG.infof("rollup of %s (%s) over %d filings and %d nodes in %d ms (inputs read in %d ms, %d nodes computed)",
                period, basis, filings.size(), register.hierarchy().size(), (System.nanoTime() - started) / 1_000_000,
                (read - started) / 1_000_000, rollup.computedNodes());
        return new PeriodRollup(period, basis, register, rollup, new Coverages(rollup, expectations), expectations,
                Map.copyOf(versions), stamp, OffsetDateTime.now(clock), new ConcurrentHashMap<>());
    }

    /** The event carrying a unit's version of the basis, and that version. */
    private record Slot(UUID event, PeriodRollup.FilingVersion version) {
    }

    private Map<UUID, String> load(List<UUID> events) {
        Map<UUID, String> out = new HashMap<>(events.size() * 2);
        QuarkusTransaction.requiringNew().run(() -> inputs.filings(events, out::put));
        return out;
    }

}
