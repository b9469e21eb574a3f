package cn.npa.indicator.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import cn.npa.indicator.config.AssessmentConfig;
import cn.npa.indicator.domain.assessment.InputSlot;
import cn.npa.indicator.domain.assessment.Population;
import cn.npa.indicator.domain.figures.Basis;
import cn.npa.indicator.domain.figures.InstitutionKind;
import cn.npa.indicator.domain.figures.Period;
import cn.npa.indicator.domain.figures.UnitHistory;
import cn.npa.indicator.domain.intake.NodeLinks;
import cn.npa.indicator.repository.LoadReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Run populations are read once per set of loads and jurisdiction, and kept within the node budget (LRU out). */
class PopulationCacheTest {

    /** A reader that counts its reads and gives a population of as many nodes as the current load id says. */
    private static final class CountingReader extends LoadReader {
        final List<Long> reads = new ArrayList<>();

        CountingReader() {
            super(null);
        }

        @Override
        public Population population(Period t, Map<InputSlot, Long> loads, List<String> supervisors) {
            long current = loads.get(InputSlot.CURRENT);
            reads.add(current);
            List<NodeLinks> nodes = new ArrayList<>();
            for (int i = 0; i < current; i++) {
                nodes.add(new NodeLinks("N" + i, InstitutionKind.BANK_HEAD_OFFICE, null, "CBRC", null, null, "110000"));
            }
            List<UnitHistory> none = Collections.nCopies(nodes.size(), null);
            return new Population(t, nodes, Map.of(Basis.AS_FIRST_REPORTED, none, Basis.RESTATED, none), List.of());
        }
    }

    private static PopulationCache cache(CountingReader reader, int budget) {
        return new PopulationCache(reader, new AssessmentConfig() {
            @Override
            public String nationalRegulator() {
                return "CBRC";
            }

            @Override
            public int analyzeAfterNodes() {
                return 1000;
            }

            @Override
            public int populationCacheNodes() {
                return budget;
            }

            @Override
            public boolean prepareAfterIntake() {
                return false;
            }
        });
    }

    private static final Period T = Period.parse("2026-01");

    private static Map<InputSlot, Long> loads(long current) {
        return Map.of(InputSlot.CURRENT, current, InputSlot.PREVIOUS_PERIOD, 1L);
    }

    @Test
    void theSameLoadsAreReadOnceAndAnotherJurisdictionIsReadOnItsOwn() {
        CountingReader reader = new CountingReader();
        PopulationCache cache = cache(reader, 100);
        Population first = cache.population(T, loads(30), null);
        assertSame(first, cache.population(T, loads(30), null));
        cache.population(T, loads(30), List.of("BUR-110000"));
        assertEquals(List.of(30L, 30L), reader.reads);
    }

    @Test
    void theLeastRecentlyUsedGoWhenTheBudgetIsFullAndAnOversizedOneIsNotKept() {
        CountingReader reader = new CountingReader();
        PopulationCache cache = cache(reader, 100);
        List<String> a = List.of("BUR-A");
        List<String> b = List.of("BUR-B");
        List<String> c = List.of("BUR-C");
        cache.population(T, loads(60), a);
        cache.population(T, loads(30), b);
        cache.population(T, loads(60), a);
        // 60 and 30 kept, 60 used last; 50 more: 30 goes (least recently used), then 60 (60 + 50 > 100)
        cache.population(T, loads(50), c);
        cache.population(T, loads(50), c);
        cache.population(T, loads(101), a);
        cache.population(T, loads(101), a);
        assertEquals(List.of(60L, 30L, 50L, 101L, 101L), reader.reads);
        cache.population(T, loads(50), c);
        assertEquals(5, reader.reads.size(), "50 still kept after the oversized reads");
    }

    @Test
    void aNationalReadFirstLetsGoOfTheOtherNationalPopulations() {
        CountingReader reader = new CountingReader();
        PopulationCache cache = cache(reader, 100);
        cache.population(T, loads(40), null);
        cache.population(T, loads(10), List.of("BUR-A"));
        cache.population(T, loads(20), null);
        assertEquals(false, cache.holds(T, loads(40), null), "never two national populations at once");
        assertEquals(true, cache.holds(T, loads(10), List.of("BUR-A")));
        assertEquals(true, cache.holds(T, loads(20), null));
    }

    @Test
    void aBudgetOfZeroReadsEveryTime() {
        CountingReader reader = new CountingReader();
        PopulationCache cache = cache(reader, 0);
        cache.population(T, loads(3), null);
        cache.population(T, loads(3), null);
        assertEquals(2, reader.reads.size());
    }
}
