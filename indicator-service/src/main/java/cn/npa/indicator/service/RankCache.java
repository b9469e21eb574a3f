package cn.npa.indicator.service;

import cn.npa.indicator.domain.assessment.RankSet;
import cn.npa.indicator.domain.assessment.Universe;
import cn.npa.indicator.repository.RunRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The rank sets of recently read runs, kept in memory: a run never changes, so a cached rank set is never stale, and
 * every replica can load its own. Bounded (least recently used out), since a national universe holds 100,000 members.
 */
@ApplicationScoped
public class RankCache {

    private static final int ENTRIES = 64;

    private final RunRepository runs;
    private final Map<String, Optional<RankSet>> cache = new LinkedHashMap<>(ENTRIES, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Optional<RankSet>> eldest) {
            return size() > ENTRIES;
        }
    };

    public RankCache(RunRepository runs) {
        this.runs = runs;
    }

    /** The rank set of a run's universe; call within a transaction. */
    public Optional<RankSet> get(long runId, Universe u) {
        String key = runId + "/" + u.group() + "/" + u.kind();
        synchronized (cache) {
            Optional<RankSet> hit = cache.get(key);
            if (hit != null) {
                return hit;
            }
        }
        Optional<RankSet> loaded = runs.rankSet(runId, u);
        synchronized (cache) {
            cache.put(key, loaded);
        }
        return loaded;
    }
}
