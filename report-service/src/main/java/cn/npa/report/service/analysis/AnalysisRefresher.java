package cn.npa.report.service.analysis;

import cn.npa.report.config.ReportsConfig;
import cn.npa.report.domain.analysis.ReportKind;
import cn.npa.report.domain.tree.InstitutionKind;
import cn.npa.report.domain.tree.Hierarchy;
import cn.npa.report.domain.tree.InstitutionSnapshot;
import cn.npa.report.repository.analysis.AnalysisRepository;
import cn.npa.report.service.register.RegisterCopies;
import cn.npa.report.service.rollup.RollupsRefreshed;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import java.util.Optional;
import java.util.TreeSet;
import org.jboss.logging.Logger;

/**
 * Builds documents when a period's rollups change: the regulators' (the CBRC and the bureaus, whose portals read them
 * first) and every node that already has a document of the period, so that reads find them ready.
 */
@ApplicationScoped
public class AnalysisRefresher {

    private static final Logger LOG = Logger.getLogger(AnalysisRefresher.class);

    private final AnalysisService analyses;
    private final AnalysisRepository documents;
    private final RegisterCopies registers;
    private final ReportsConfig config;
    private final java.util.Set<String> waiting = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public AnalysisRefresher(AnalysisService analyses, AnalysisRepository documents, RegisterCopies registers, ReportsConfig config) {
        this.analyses = analyses;
        this.documents = documents;
        this.registers = registers;
        this.config = config;
    }

    void on(@ObservesAsync RollupsRefreshed event) {
        // one build waiting per period is enough: events arriving while one waits are folded into it
        if (config.prebuild() && waiting.add(event.period().toString())) {
            synchronized (this) {
                waiting.remove(event.period().toString());
                refresh(event);
            }
        }
    }

    /** Builds the period's documents that are not current; returns how many nodes were looked at. */
    public synchronized int refresh(RollupsRefreshed event) {
        Optional<ReportKind> kind = ReportKind.defaultFor(event.period());
        if (kind.isEmpty()) {
            return 0;
        }
        TreeSet<String> nodes = new TreeSet<>(QuarkusTransaction.requiringNew().call(
                () -> documents.nodesWithDocuments(event.period().toString(), kind.get().name())));
        try {
            nodes.addAll(regulators(registers.at(event.period().end()).hierarchy()));
        } catch (RuntimeException e) {
            LOG.warnf("register of %s not available for prebuilding documents: %s", event.period(), e.getMessage());
        }
        for (String node : nodes) {
            try {
                analyses.current(node, event.period(), kind.get());
            } catch (RuntimeException e) {
                LOG.warnf("%s of %s for %s not built: %s", kind.get(), node, event.period(), e.getMessage());
            }
        }
        return nodes.size();
    }

    /** The national regulator (top of the supervisory tree above the head offices) and its bureaus. */
    static TreeSet<String> regulators(Hierarchy h) {
        TreeSet<String> out = new TreeSet<>();
        for (InstitutionSnapshot head : h.headOffices()) {
            Optional<InstitutionSnapshot> r = Optional.ofNullable(head.supervisorCode()).flatMap(h::node);
            for (int steps = 0; r.isPresent() && r.get().parentCode() != null && steps < 8; steps++) {
                r = h.node(r.get().parentCode());
            }
            r.filter(n -> n.kind() == InstitutionKind.REGULATOR_NATIONAL).ifPresent(n -> {
                out.add(n.code());
                h.subRegulators(n.code()).forEach(b -> out.add(b.code()));
            });
        }
        return out;
    }
}
