package cn.npa.report.service.register;

import cn.npa.common.problem.ProblemException;
import cn.npa.common.problem.ProblemKind;
import cn.npa.report.client.RegisterExportClient;
import cn.npa.report.domain.tree.Hierarchy;
import cn.npa.report.domain.tree.InstitutionSnapshot;
import cn.npa.report.repository.register.RegisterCopyRepository;
import cn.npa.report.repository.register.RegisterCopyRepository.StoredInstitution;
import cn.npa.report.service.ServiceTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * The register as valid at each period end (domain section 1), copied from the submission service's export and kept
 * with its version stamp. A copy older than the stamp the feed last announced is fetched again, so a branch moved to
 * another parent or a merged bank is honoured period by period; when the export cannot be reached, a stale copy is used
 * (and says so), and without any copy the rollup answers 503.
 */
@ApplicationScoped
public class RegisterCopies {

    private static final Logger LOG = Logger.getLogger(RegisterCopies.class);
    /** After a failed fetch, the next try for the same date waits this long (no fetch storm from reads). */
    private static final long RETRY_SECONDS = 10;
    private static final int CACHED_DATES = 16;

    private final RegisterCopyRepository copies;
    private final RegisterExportClient export;
    private final ServiceTokens tokens;
    private final Clock clock;
    /** The trees of the last period ends read (national trees are large: a few, not every date ever asked). */
    private final Map<LocalDate, RegisterCopy> cache = java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<LocalDate, RegisterCopy> eldest) {
            return size() > CACHED_DATES;
        }
    });
    private final Map<LocalDate, Instant> lastFailure = new ConcurrentHashMap<>();

    public RegisterCopies(RegisterCopyRepository copies, RegisterExportClient export, ServiceTokens tokens, Clock clock) {
        this.copies = copies;
        this.export = export;
        this.tokens = tokens;
        this.clock = clock;
    }

    /** The trees valid on {@code asOf}: the stored copy when current, otherwise a fresh one from the export. */
    public RegisterCopy at(LocalDate asOf) {
        long announced = QuarkusTransaction.requiringNew().call(copies::latestAnnounced);
        Optional<Long> stored = QuarkusTransaction.requiringNew().call(() -> copies.versionOf(asOf));
        if (stored.isPresent() && stored.get() >= announced) {
            return loaded(asOf, stored.get(), false);
        }
        synchronized (this) {
            // another reader may have fetched it while this one waited
            Optional<Long> now = QuarkusTransaction.requiringNew().call(() -> copies.versionOf(asOf));
            if (now.isPresent() && now.get() >= announced) {
                return loaded(asOf, now.get(), false);
            }
            Instant failed = lastFailure.get(asOf);
            if (failed == null || !clock.instant().isBefore(failed.plusSeconds(RETRY_SECONDS))) {
                Optional<RegisterCopy> fetched = fetch(asOf);
                if (fetched.isPresent()) {
                    lastFailure.remove(asOf);
                    return fetched.get();
                }
                lastFailure.put(asOf, clock.instant());
            }
            if (now.isPresent()) {
                return loaded(asOf, now.get(), true);
            }
        }
        throw new ProblemException(ProblemKind.SERVICE_UNAVAILABLE, "The register valid on " + asOf
                + " is not available yet (the submission service's export could not be reached); try again shortly.");
    }

    /** Forgets cached copies (a test that changes the register, or an operator forcing a refetch). */
    public void forget() {
        cache.clear();
        lastFailure.clear();
    }

    private RegisterCopy loaded(LocalDate asOf, long version, boolean stale) {
        RegisterCopy cached = cache.get(asOf);
        if (cached != null && cached.version() == version) {
            return stale == cached.stale() ? cached : new RegisterCopy(asOf, version, stale, cached.hierarchy(), cached.names());
        }
        List<StoredInstitution> rows = QuarkusTransaction.requiringNew().call(() -> copies.rows(asOf));
        RegisterCopy copy = build(asOf, version, stale, rows);
        cache.put(asOf, copy);
        return copy;
    }

    private Optional<RegisterCopy> fetch(LocalDate asOf) {
        Optional<String> token = tokens.token();
        if (token.isEmpty()) {
            return Optional.empty();
        }
        try {
            RegisterExportClient.Export e = export.fetch(asOf, token.get());
            List<StoredInstitution> rows = e.institutions().stream().map(i -> new StoredInstitution(i.snapshot(), i.name())).toList();
            QuarkusTransaction.requiringNew().run(() -> copies.replace(asOf, e.version(), OffsetDateTime.now(clock), rows));
            RegisterCopy copy = build(asOf, e.version(), false, rows);
            cache.put(asOf, copy);
            LOG.infof("register copy as of %s taken under version %d: %d institutions", asOf, e.version(), rows.size());
            return Optional.of(copy);
        } catch (RuntimeException ex) {
            LOG.warnf("the register as of %s could not be fetched: %s", asOf, ex.getMessage());
            return Optional.empty();
        }
    }

    private static RegisterCopy build(LocalDate asOf, long version, boolean stale, List<StoredInstitution> rows) {
        Map<String, String> names = new HashMap<>(rows.size() * 2);
        rows.forEach(r -> {
            if (r.name() != null) {
                names.put(r.snapshot().code(), r.name());
            }
        });
        List<InstitutionSnapshot> snapshots = rows.stream().map(StoredInstitution::snapshot).toList();
        return new RegisterCopy(asOf, version, stale, Hierarchy.of(snapshots), Map.copyOf(names));
    }
}
