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

    private final RollupEngine engine;
    private final int capacity;
    private final Map<String, PeriodRollup> entries = new LinkedHashMap<>(16, 0.75f, true);
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    public RollupCache(RollupEngine engine, RollupConfig config) {
        this.engine = engine;
        this.capacity = config.cachedRollups();
    }

    /** The period's rollup on the basis, current with its inputs. */
    public PeriodRollup get(RollupPeriod period, Basis basis) {
        String key = period + "/" + basis;
        String stamp = engine.stamp(period);
        PeriodRollup cached = cached(key);
        if (cached != null && cached.stamp().equals(stamp)) {
            return cached;
        }
        synchronized (locks.computeIfAbsent(key, k -> new Object())) {
            cached = cached(key);
            if (cached != null && cached.stamp().equals(stamp)) {
                return cached;
            }
            PeriodRollup fresh = engine.compute(period, basis, stamp);
            synchronized (entries) {
                entries.put(key, fresh);
                while (entries.size() > capacity) {
                    entries.remove(entries.keySet().iterator().next());
                }
            }
            return fresh;
        }
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
