package cn.npa.submission.service.register;

import cn.npa.submission.domain.register.RegisterIndex;
import cn.npa.submission.repository.register.RegisterChanged;
import cn.npa.submission.repository.register.RegisterQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

/**
 * The register held in memory for the tree questions and scope checks. The register is read-mostly: at most once a
 * second a read compares the stored version stamp (one row) with the index's and rebuilds the index when another
 * transaction, on this replica or another, has changed the register. A change committed here is seen at once.
 */
@ApplicationScoped
public class RegisterSnapshot {

    private static final Logger LOG = Logger.getLogger(RegisterSnapshot.class);
    /** How long a checked version is trusted before the stamp is read again (other replicas' changes show within this). */
    private static final long CHECK_NANOS = 1_000_000_000L;
    private final RegisterQueries queries;
    private volatile Loaded current;
    private volatile long checkedAt;
    /** Bumped by every local change; a check that began before a change must not mark the index as fresh. */
    private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();

    public RegisterSnapshot(RegisterQueries queries) {
        this.queries = queries;
    }

    private record Loaded(long version, RegisterIndex index) {
    }

    /** A register change committed on this replica: read the stamp on the next call rather than trust the last check. */
    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) RegisterChanged event) {
        generation.incrementAndGet();
        checkedAt = 0;
    }

    /** Trusts the check for a second, unless a local change committed since it began (write, then re-check the generation). */
    private void markChecked(long began, long startedAt) {
        checkedAt = startedAt;
        if (generation.get() != began) {
            checkedAt = 0;
        }
    }

    /** The index of the register as of the latest committed change. */
    @Transactional // the caller's, or a short one of its own for the stamp (and the rows) when called from outside one
    public RegisterIndex index() {
        Loaded loaded = current;
        if (loaded != null && System.nanoTime() - checkedAt < CHECK_NANOS) {
            return loaded.index();
        }
        long began = generation.get();
        long startedAt = System.nanoTime();
        long version = queries.version();
        if (loaded != null && loaded.version() == version) {
            markChecked(began, startedAt);
            return loaded.index();
        }
        synchronized (this) {
            loaded = current;
            if (loaded == null || loaded.version() != version) {
                long start = System.nanoTime();
                // The version is read before the rows, so the rows are at least as new as the version they are filed under.
                RegisterIndex index = new RegisterIndex(queries.all());
                loaded = new Loaded(version, index);
                current = loaded;
                LOG.infof("register index v%d rebuilt: %d rows in %d ms", version, index.size(), (System.nanoTime() - start) / 1_000_000);
            }
            markChecked(began, startedAt);
            return loaded.index();
        }
    }
}
