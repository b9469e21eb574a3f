package cn.npa.indicator.service;

import cn.npa.indicator.config.AssessmentConfig;
import cn.npa.indicator.domain.assessment.InputSlot;
import cn.npa.indicator.domain.figures.Period;
import cn.npa.indicator.domain.intake.FigureLoad;
import cn.npa.indicator.repository.FigureLoadRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import org.jboss.logging.Logger;

/**
 * Reads the national population of the latest period into memory (PopulationCache) as soon as its figures are
 * committed, in the background: the first run of a period comes right after its intake, and then finds its four loads
 * already read. Only for the latest period (a backfilled earlier month is not what is assessed next), one at a time,
 * a superseded period skipped; {@code npa.assessment.prepare-after-intake=false} turns it off. A failure is logged:
 * the run then reads the loads itself.
 */
@ApplicationScoped
public class PopulationWarmer {

    private static final Logger LOG = Logger.getLogger(PopulationWarmer.class);

    private final FigureLoadRepository loads;
    private final PopulationCache populations;
    private final boolean enabled;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "population-warmer");
        t.setDaemon(true);
        return t;
    });

    public PopulationWarmer(FigureLoadRepository loads, PopulationCache populations, AssessmentConfig config) {
        this.loads = loads;
        this.populations = populations;
        this.enabled = config.prepareAfterIntake() && config.populationCacheNodes() > 0;
    }

    void onStored(@Observes(during = TransactionPhase.AFTER_SUCCESS) FiguresStored stored) {
        if (enabled) {
            try {
                worker.execute(() -> prepare(stored.period()));
            } catch (RejectedExecutionException e) {
                LOG.debugf("population of %s not prepared: shutting down", stored.period());
            }
        }
    }

    /** Reads the national population of the period if it is (still) the latest one. */
    void prepare(String period) {
        try {
            long start = System.nanoTime();
            Map<InputSlot, Long> inputs = QuarkusTransaction.requiringNew().call(() -> {
                Optional<FigureLoad> latest = loads.latest();
                return latest.isPresent() && latest.get().period().equals(period)
                        ? RunInputs.loadIds(RunInputs.of(Period.parse(period), latest.get(), loads)) : null;
            });
            if (inputs != null) {
                populations.population(Period.parse(period), inputs, null);
                LOG.infof(populations.holds(Period.parse(period), inputs, null) ? "population of %s prepared for its runs in %d ms"
                        : "population of %s read in %d ms but not kept (over npa.assessment.population-cache-nodes)", period,
                        (System.nanoTime() - start) / 1_000_000);
            }
        } catch (RuntimeException e) {
            LOG.warnf(e, "population of %s not prepared; its first run reads its loads", period);
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
