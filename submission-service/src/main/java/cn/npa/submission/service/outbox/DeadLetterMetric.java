package cn.npa.submission.service.outbox;

import cn.npa.submission.repository.DeadLetterRepository;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The gauge {@code npa_outbox_dead_letters{relay="feed"}} on /q/metrics: how many outbox events are parked. It holds
 * the last count read from the database (read at start, after every relay run that parked something and after every
 * requeue, and on every scheduled run, so another replica's parking shows within a second), never a query per scrape.
 */
@ApplicationScoped
public class DeadLetterMetric {

    /** The metric's name; Prometheus shows it as {@code npa_outbox_dead_letters}. */
    public static final String NAME = "npa.outbox.dead.letters";

    private final AtomicLong parked = new AtomicLong();
    private final DeadLetterRepository letters;

    public DeadLetterMetric(DeadLetterRepository letters, MeterRegistry registry) {
        this.letters = letters;
        registry.gauge(NAME, Tags.of("relay", "feed"), parked, AtomicLong::doubleValue);
    }

    void onStart(@Observes StartupEvent start) {
        refresh();
    }

    /** Reads the count of parked events again. */
    public long refresh() {
        long n = QuarkusTransaction.requiringNew().call(letters::count);
        parked.set(n);
        return n;
    }
}
