package cn.npa.submission.service;

import cn.npa.submission.domain.register.RegisterIndex;
import cn.npa.submission.repository.RegisterQueries;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * The register held in memory for the tree questions and scope checks. The register is read-mostly: each read
 * compares the stored version stamp (one row) with the index's and rebuilds the index when another transaction,
 * on this replica or another, has changed the register.
 */
@ApplicationScoped
public class RegisterSnapshot {

    private static final Logger LOG = Logger.getLogger(RegisterSnapshot.class);
    private final RegisterQueries queries;
    private volatile Loaded current;

    public RegisterSnapshot(RegisterQueries queries) {
        this.queries = queries;
    }

    private record Loaded(long version, RegisterIndex index) {
    }

    /** The index of the register as of the latest committed change. */
    public RegisterIndex index() {
        long version = queries.version();
        Loaded loaded = current;
        if (loaded != null && loaded.version() == version) {
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
            return loaded.index();
        }
    }
}
