package cn.npa.indicator.service;

import cn.npa.common.problem.ProblemException;
import cn.npa.indicator.config.AssessmentConfig;
import cn.npa.indicator.domain.figures.Period;
import cn.npa.indicator.domain.intake.FigureIntakeReader;
import cn.npa.indicator.domain.intake.FigureLoad;
import cn.npa.indicator.domain.intake.IntakeHeader;
import cn.npa.indicator.domain.intake.IntakeNode;
import cn.npa.indicator.domain.intake.IntakeReceipt;
import cn.npa.indicator.domain.intake.IntakeSink;
import cn.npa.indicator.domain.keylist.ClientExposure;
import cn.npa.indicator.domain.snapshot.Snapshot;
import cn.npa.indicator.domain.snapshot.SnapshotEncoder;
import cn.npa.indicator.repository.FigureLoadRepository;
import cn.npa.indicator.repository.FigureWriter;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The figures intake (docs/indicators.md, "Intake"): reads the body as a stream and COPYs each node to PostgreSQL as
 * it passes, in one transaction that is rolled back if any finding turns up, so a rejected intake stores nothing; the
 * load's snapshot (docs/indicators.md, "Load snapshots") is encoded as the nodes pass and stored at the end. One
 * (period, figure version) holds one content: sent again byte for byte it changes nothing (200), with other bytes it is
 * a conflict (409); a new figure version is stored beside the old ones and supersedes them.
 */
@ApplicationScoped
public class FigureIntakeService {

    private static final Logger LOG = Logger.getLogger(FigureIntakeService.class);

    private final FigureLoadRepository loads;
    private final FigureWriter writer;
    private final ObjectMapper json;
    private final Clock clock;
    private final AssessmentConfig config;
    private final Event<FiguresStored> stored;

    public FigureIntakeService(FigureLoadRepository loads, FigureWriter writer, ObjectMapper json, Clock clock, AssessmentConfig config,
                               Event<FiguresStored> stored) {
        this.stored = stored;
        this.loads = loads;
        this.writer = writer;
        this.json = json;
        this.clock = clock;
        this.config = config;
    }

    /** The sink that writes while the reader reads: the load row at the header, nodes by COPY, exposures at the end. */
    private final class Sink implements IntakeSink {
        final String receivedBy;
        Optional<FigureLoad> existing = Optional.empty();
        Long loadId;
        String period;
        FigureWriter.NodeCopy copy;
        SnapshotEncoder snapshot;
        final List<ClientExposure> exposures = new ArrayList<>();

        Sink(String receivedBy) {
            this.receivedBy = receivedBy;
        }

        @Override
        public void header(IntakeHeader h) {
            period = h.period().toString();
            loads.lockPeriod(period);
            existing = loads.find(period, h.figureVersion());
            if (existing.isEmpty()) {
                loadId = loads.insert(period, end(h.period()), h.figureVersion(), receivedBy, OffsetDateTime.now(clock));
                copy = writer.nodes(loadId);
                snapshot = new SnapshotEncoder();
            }
        }

        @Override
        public void node(IntakeNode node) {
            if (copy != null) {
                copy.write(node);
                snapshot.add(node);
            }
        }

        @Override
        public void exposure(ClientExposure exposure) {
            if (copy != null) {
                exposures.add(exposure);
            }
        }
    }

    @Transactional
    @TransactionConfiguration(timeout = 1800)
    public IntakeReceipt intake(InputStream body, String receivedBy) throws IOException {
        long start = System.nanoTime();
        Sink sink = new Sink(receivedBy);
        FigureIntakeReader.Result read;
        try {
            read = FigureIntakeReader.read(json.getFactory(), body, sink);
        } catch (IOException | RuntimeException e) {
            if (sink.copy != null) {
                sink.copy.cancel();
            }
            throw e;
        }
        if (!read.isValid()) {
            if (sink.copy != null) {
                sink.copy.cancel();
            }
            LOG.infof("figures intake rejected: %d finding(s)", read.findings().size());
            String detail = "The intake has " + read.findings().size() + " finding(s); nothing was stored.";
            throw read.isUnreadable() ? ProblemException.badRequest(detail, read.findings()) : ProblemException.invalid(detail, read.findings());
        }
        if (sink.existing.isPresent()) {
            FigureLoad before = sink.existing.get();
            if (!before.contentSha256().equals(read.digest())) {
                throw ProblemException.conflict("Figure version " + before.figureVersion() + " of " + before.period()
                        + " was received before with other content; send changed figures as a new figureVersion.");
            }
            return new IntakeReceipt(IntakeReceipt.Outcome.UNCHANGED, before, millis(start));
        }
        sink.copy.end();
        long snapshotStart = System.nanoTime();
        byte[] snapshot = sink.snapshot.finish();
        writer.snapshot(sink.loadId, Snapshot.FORMAT, sink.snapshot.nodeCount(), snapshot);
        LOG.infof("figures snapshot of load %d: %d nodes, %d KB, sorted and stored in %d ms", sink.loadId, sink.snapshot.nodeCount(),
                snapshot.length / 1024, millis(snapshotStart));
        writer.exposures(sink.loadId, sink.exposures);
        loads.finish(sink.loadId, read.digest(), read.nodes(), read.restated(), read.exposures());
        stored.fire(new FiguresStored(sink.period, sink.loadId));
        if (read.nodes() >= config.analyzeAfterNodes()) {
            writer.analyze();
        }
        FigureLoad load = loads.byId(sink.loadId).orElseThrow();
        LOG.infof("figures %s version %d stored: %d nodes (%d restated), %d exposures in %d ms", load.period(), load.figureVersion(),
                read.nodes(), read.restated(), read.exposures(), millis(start));
        return new IntakeReceipt(IntakeReceipt.Outcome.STORED, load, millis(start));
    }

    @Transactional
    public List<FigureLoad> loads(String period, int offset, int limit) {
        return loads.page(period, offset, limit);
    }

    @Transactional
    public long countLoads(String period) {
        return loads.count(period);
    }

    /** The last day of a period (month, quarter or year). */
    static java.time.LocalDate end(Period p) {
        return switch (p.frequency()) {
            case MONTH -> java.time.YearMonth.of(p.year(), p.number()).atEndOfMonth();
            case QUARTER -> java.time.YearMonth.of(p.year(), p.number() * 3).atEndOfMonth();
            case YEAR -> java.time.LocalDate.of(p.year(), 12, 31);
        };
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
