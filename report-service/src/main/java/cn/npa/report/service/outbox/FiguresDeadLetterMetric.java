package cn.npa.report.service.outbox;

import cn.npa.report.repository.outbox.FiguresDeadLetterRepository;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The gauge {@code npa_outbox_dead_letters{relay="figures"}} on /q/metrics: how many periods' figures are parked. It
 * holds the last count read from the database (at start, on every relay run and after every requeue), never a query
 * per scrape.
 */
@ApplicationScoped
public class FiguresDeadLetterMetric {

    /** The metric's name; Prometheus shows it as {@code npa_outbox_dead_letters}. */
    public static final String NAME = "npa.outbox.dead.letters";

    private final AtomicLong parked = new AtomicLong();
    private final FiguresDeadLetterRepository letters;

    public FiguresDeadLetterMetric(FiguresDeadLetterRepository letters, MeterRegistry registry) {
        this.letters = letters;
        registry.gauge(NAME, Tags.of("relay", "figures"), parked, AtomicLong::doubleValue);
    }

    void onStart(@Observes StartupEvent start) {
        refresh();
    }

    /** Reads the count of parked periods again. */
    public long refresh() {
        long n = QuarkusTransaction.requiringNew().call(letters::count);
        parked.set(n);
        return n;
    }
}
