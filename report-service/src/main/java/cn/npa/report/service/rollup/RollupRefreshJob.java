package cn.npa.report.service.rollup;

import cn.npa.report.domain.period.RollupPeriod;
import cn.npa.report.domain.rollup.Basis;
import cn.npa.report.repository.rollup.RollupInputsRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jboss.logging.Logger;

/**
 * Keeps rollups current without waiting for a reader: every tick, the periods whose inputs changed since the last tick
 * are recomputed (restated first, first-reported once the period is quiet), so the first read after a filing wave finds
 * them ready. At start it only notes where
 * the inputs stand (reads compute older periods on demand).
 */
@ApplicationScoped
public class RollupRefreshJob {

    private static final Logger LOG = Logger.getLogger(RollupRefreshJob.class);

    private final RollupInputsRepository inputs;
    private final RollupCache cache;
    private final jakarta.enterprise.event.Event<RollupsRefreshed> refreshed;
    private Map<String, Long> seen;
    private final Set<String> firstReportedDue = new TreeSet<>();

    public RollupRefreshJob(RollupInputsRepository inputs, RollupCache cache, jakarta.enterprise.event.Event<RollupsRefreshed> refreshed) {
        this.inputs = inputs;
        this.cache = cache;
        this.refreshed = refreshed;
    }

    @Scheduled(every = "{npa.rollups.refresh-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            delayed = "2s")
    void tick() {
        refresh();
    }

    /**
     * Recomputes the restated rollups of the periods changed since the last call, and the first-reported rollups of
     * periods whose inputs have stopped changing (during a filing wave, one basis kept current is enough work for a
     * tick); returns how many rollups were computed. Each period's revision is compared with the one last seen for it,
     * not with a high-water mark: a feed transaction that took its revision earlier but committed later is not missed.
     */
    public synchronized int refresh() {
        Map<String, Long> now = QuarkusTransaction.requiringNew().call(inputs::periodRevisions);
        if (seen == null) {
            seen = new HashMap<>(now);
            return 0;
        }
        Map<String, Long> changed = new TreeMap<>();
        now.forEach((period, revision) -> {
            if (!revision.equals(seen.get(period))) {
                changed.put(period, revision);
            }
        });
        int computed = 0;
        Set<String> quiet = new TreeSet<>(firstReportedDue);
        quiet.removeAll(changed.keySet());
        for (String p : quiet) {
            if (compute(p, Basis.AS_FIRST_REPORTED)) {
                computed++;
                // both bases are current and the period is quiet: its analysis documents are rebuilt beside the job
                // (during a filing wave they would be stale again within a second; reads build them on demand)
                RollupPeriod.parse(p).ifPresent(period -> refreshed.fireAsync(new RollupsRefreshed(period)));
            }
            firstReportedDue.remove(p);
        }
        for (Map.Entry<String, Long> e : changed.entrySet()) {
            computed += compute(e.getKey(), Basis.RESTATED) ? 1 : 0;
            firstReportedDue.add(e.getKey());
            seen.put(e.getKey(), e.getValue());
        }
        return computed;
    }

    private boolean compute(String period, Basis basis) {
        Optional<RollupPeriod> p = RollupPeriod.parse(period);
        if (p.isEmpty()) {
            return false;
        }
        try {
            cache.get(p.get(), basis);
            return true;
        } catch (RuntimeException ex) {
            // e.g. the register is not reachable yet: the next read computes it on demand
            LOG.warnf("rollup of %s (%s) not refreshed: %s", period, basis, ex.getMessage());
            return false;
        }
    }
}
