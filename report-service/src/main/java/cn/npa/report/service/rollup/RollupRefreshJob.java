package cn.npa.report.service.rollup;

import cn.npa.report.domain.period.RollupPeriod;
import cn.npa.report.domain.rollup.Basis;
import cn.npa.report.repository.rollup.RollupInputsRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jboss.logging.Logger;

/**
 * Keeps rollups current without waiting for a reader: every tick, the periods whose inputs changed since the last tick
 * are recomputed on both bases, so the first read after a filing wave finds them ready. At start it only notes where
 * the inputs stand (reads compute older periods on demand).
 */
@ApplicationScoped
public class RollupRefreshJob {

    private static final Logger LOG = Logger.getLogger(RollupRefreshJob.class);

    private final RollupInputsRepository inputs;
    private final RollupCache cache;
    private long seen = -1;

    public RollupRefreshJob(RollupInputsRepository inputs, RollupCache cache) {
        this.inputs = inputs;
        this.cache = cache;
    }

    @Scheduled(every = "{npa.rollups.refresh-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            delayed = "2s")
    void tick() {
        refresh();
    }

    /** Recomputes the periods changed since the last call; returns how many periods were refreshed. */
    public synchronized int refresh() {
        Map<String, Long> changed = QuarkusTransaction.requiringNew().call(() -> inputs.changedSince(Math.max(seen, 0)));
        if (seen < 0) {
            seen = changed.values().stream().mapToLong(Long::longValue).max().orElse(0);
            return 0;
        }
        int refreshed = 0;
        for (Map.Entry<String, Long> e : new TreeMap<>(changed).entrySet()) {
            Optional<RollupPeriod> period = RollupPeriod.parse(e.getKey());
            if (period.isEmpty()) {
                continue;
            }
            try {
                cache.get(period.get(), Basis.RESTATED);
                cache.get(period.get(), Basis.AS_FIRST_REPORTED);
                refreshed++;
            } catch (RuntimeException ex) {
                // e.g. the register is not reachable yet: the next read computes it on demand
                LOG.warnf("rollup of %s not refreshed: %s", e.getKey(), ex.getMessage());
            }
            seen = Math.max(seen, e.getValue());
        }
        return refreshed;
    }
}
