package cn.npa.indicator.service;

import cn.npa.indicator.config.AssessmentConfig;
import cn.npa.indicator.domain.assessment.InputSlot;
import cn.npa.indicator.domain.assessment.Population;
import cn.npa.indicator.domain.figures.Period;
import cn.npa.indicator.repository.LoadReader;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * The populations of recent assessment runs, kept in memory. A committed figure load never changes, so the population
 * read from the same loads (and the same jurisdiction) is the same every time: a second run of a period (a regulator's
 * variants, a recompute, a sub-bureau's key list) need not read and parse four loads of 235,000 nodes again, and the
 * population, long-lived anyway, is not copied by the garbage collector run after run. Bounded by the nodes held
 * ({@code npa.assessment.population-cache-nodes}, default one national population; 0 turns it off), least recently used
 * out. One read at a time: two runs of the same period read it once.
 */
@ApplicationScoped
public class PopulationCache {

    private static final Logger LOG = Logger.getLogger(PopulationCache.class);

    private record Key(Period period, Map<InputSlot, Long> loads, List<String> filter) {
    }

    private final LoadReader reader;
    private final int budget;
    private final Map<Key, Population> kept = new LinkedHashMap<>(4, 0.75f, true);
    private int nodesKept;

    public PopulationCache(LoadReader reader, AssessmentConfig config) {
        this.reader = reader;
        this.budget = config.populationCacheNodes();
    }

    /** Whether the population of period t from these loads (null filter: every node) is kept. */
    public synchronized boolean holds(Period t, Map<InputSlot, Long> loads, List<String> filter) {
        return kept.containsKey(new Key(t, new EnumMap<>(loads), filter == null ? null : List.copyOf(filter)));
    }

    /** The population of period t from these loads (null filter: every node), read only when not kept. */
    public synchronized Population population(Period t, Map<InputSlot, Long> loads, List<String> filter) {
        Key key = new Key(t, new EnumMap<>(loads), filter == null ? null : List.copyOf(filter));
        Population hit = kept.get(key);
        if (hit != null) {
            return hit;
        }
        Population pop = reader.population(t, loads, filter);
        int size = pop.nodes().size();
        if (size <= budget) {
            // Least recently used out until this one fits.
            for (Iterator<Population> it = kept.values().iterator(); it.hasNext() && nodesKept + size > budget; ) {
                nodesKept -= it.next().nodes().size();
                it.remove();
            }
            kept.put(key, pop);
            nodesKept += size;
            LOG.debugf("population of %s kept: %d nodes (%d in all)", t, size, nodesKept);
        }
        return pop;
    }
}
