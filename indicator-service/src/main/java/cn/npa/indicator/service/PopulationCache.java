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
import java.util.function.Predicate;
import org.jboss.logging.Logger;

/**
 * The populations of recent assessment runs, kept in memory. A committed figure load never changes, so the population
 * read from the same loads (and the same jurisdiction) is the same every time: a second run of a period (a regulator's
 * variants, a sub-bureau's key list) need not read and parse four loads of 235,000 nodes again, and the population,
 * long-lived anyway, is not copied by the garbage collector run after run. Bounded by the nodes held
 * ({@code npa.assessment.population-cache-nodes}, default one national population; 0 turns it off), least recently used
 * out. One read at a time, and a national read first lets go of the other national populations (they would not fit
 * beside it): two national populations are never in memory at once. A kept population is handed out without waiting
 * for a read in progress.
 */
@ApplicationScoped
public class PopulationCache {

    private static final Logger LOG = Logger.getLogger(PopulationCache.class);

    private record Key(Period period, Map<InputSlot, Long> loads, List<String> filter) {

        static Key of(Period t, Map<InputSlot, Long> loads, List<String> filter) {
            return new Key(t, new EnumMap<>(loads), filter == null ? null : List.copyOf(filter));
        }
    }

    private final LoadReader reader;
    private final int budget;
    private final Map<Key, Population> kept = new LinkedHashMap<>(4, 0.75f, true);
    private final Object reading = new Object();
    private int nodesKept;

    public PopulationCache(LoadReader reader, AssessmentConfig config) {
        this.reader = reader;
        this.budget = config.populationCacheNodes();
    }

    /** Whether the population of period t from these loads (null filter: every node) is kept. */
    public synchronized boolean holds(Period t, Map<InputSlot, Long> loads, List<String> filter) {
        return kept.containsKey(Key.of(t, loads, filter));
    }

    /** The population of period t from these loads (null filter: every node), read only when not kept. */
    public Population population(Period t, Map<InputSlot, Long> loads, List<String> filter) {
        if (budget <= 0) {
            return reader.population(t, loads, filter);
        }
        Key key = Key.of(t, loads, filter);
        Population hit = kept(key);
        if (hit != null) {
            return hit;
        }
        synchronized (reading) {
            hit = kept(key);
            if (hit != null) {
                return hit;
            }
            if (filter == null) {
                let(national -> national.filter() == null);
            }
            Population pop = reader.population(t, loads, filter);
            keep(key, pop);
            return pop;
        }
    }

    private synchronized Population kept(Key key) {
        return kept.get(key);
    }

    private synchronized void let(Predicate<Key> go) {
        for (Iterator<Map.Entry<Key, Population>> it = kept.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Key, Population> e = it.next();
            if (go.test(e.getKey())) {
                nodesKept -= Math.max(1, e.getValue().nodes().size());
                it.remove();
            }
        }
    }

    private synchronized void keep(Key key, Population pop) {
        int size = Math.max(1, pop.nodes().size());
        if (size > budget) {
            LOG.debugf("population of %s not kept: %d nodes, over the budget of %d", key.period(), size, budget);
            return;
        }
        // Least recently used out until this one fits.
        for (Iterator<Population> it = kept.values().iterator(); it.hasNext() && nodesKept + size > budget; ) {
            nodesKept -= Math.max(1, it.next().nodes().size());
            it.remove();
        }
        kept.put(key, pop);
        nodesKept += size;
    }
}
