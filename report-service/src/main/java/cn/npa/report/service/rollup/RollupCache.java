package cn.npa.report.service.rollup;

import cn.npa.report.config.RollupConfig;
import cn.npa.report.domain.period.RollupPeriod;
import cn.npa.report.domain.rollup.Basis;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The computed rollups of the periods in use, kept in memory (each replica its own) and recomputed when the stamp of
 * their inputs moves on; one computation per period and basis at a time, the least recently used dropped first.
 */
@ApplicationScoped
public class RollupCache {

    /** How long a rollup computed on a stale register copy is served before it is computed again. */
    private static final long STALE_SECONDS = 10;

    private final RollupEngine engine;
    private final java.time.Clock clock;
    private final int capacity;
    private final Map<String, PeriodRollup> entries = new LinkedHashMap<>(16, 0.75f, true);
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    public RollupCache(RollupEngine engine, RollupConfig config, java.time.Clock clock) {
        this.engine = engine;
        this.clock = clock;
        this.capacity = config.cachedRollups();
    }

    /**
     * The period's rollup on the basis, current with its inputs. One computed on a stale register copy (the export
     * was unreachable) is not current: the next read after the retry delay computes again, on a fresh copy if it can.
     */
    public PeriodRollup get(RollupPeriod period, Basis basis) {
        String key = period + "/" + basis;
        String stamp = engine.stamp(period);
        PeriodRollup cached = cached(key);
        if (current(cached, stamp)) {
            return cached;
        }
        synchronized (locks.computeIfAbsent(key, k -> new Object())) {
            cached = cached(key);
            if (current(cached, stamp)) {
                return cached;
            }
            PeriodRollup fresh = engine.compute(period, basis, stamp, cached);
            synchronized (entries) {
                entries.put(key, fresh);
                while (entries.size() > capacity) {
                    entries.remove(entries.keySet().iterator().next());
                }
            }
            return fresh;
        }
    }

    private boolean current(PeriodRollup cached, String stamp) {
        return cached != null && cached.stamp().equals(stamp)
                && (!cached.register().stale() || clock.instant().isBefore(cached.computedAt().toInstant().plusSeconds(STALE_SECONDS)));
    }

    /** Whether a rollup of the period is held (the refresh job recomputes only those, and the periods just filed). */
    public boolean holds(RollupPeriod period) {
        synchronized (entries) {
            return entries.containsKey(period + "/" + Basis.RESTATED) || entries.containsKey(period + "/" + Basis.AS_FIRST_REPORTED);
        }
    }

    /** Drops every computed rollup (tests that change the register underneath). */
    public void clear() {
        synchronized (entries) {
            entries.clear();
        }
    }

    private PeriodRollup cached(String key) {
        synchronized (entries) {
            return entries.get(key);
        }
    }
}
