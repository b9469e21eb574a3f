package cn.npa.report.service.analysis;

import cn.npa.report.domain.analysis.AnalysisDocument;
import cn.npa.report.domain.analysis.AnalysisInputs;
import cn.npa.report.domain.analysis.InputVersion;
import cn.npa.report.domain.analysis.ReportKind;
import cn.npa.report.domain.assessment.AssessmentInputs;
import cn.npa.report.domain.period.RollupPeriod;
import cn.npa.report.domain.rollup.Basis;
import cn.npa.report.domain.rollup.MissingUnit;
import cn.npa.report.domain.tree.Hierarchy;
import cn.npa.report.domain.tree.InstitutionKind;
import cn.npa.report.domain.tree.InstitutionSnapshot;
import cn.npa.report.repository.analysis.AssessmentTextsRepository;
import cn.npa.report.service.rollup.PeriodRollup;
import cn.npa.report.service.rollup.RollupCache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Gathers the inputs of a regulator's quarterly assessment report: the run of the indicator service (read over HTTP),
 * the quarter's rollup coverage and versions, the obligation statuses, the amendments and the regulator's own filing.
 */
@ApplicationScoped
public class AssessmentInputsReader {

    private final RollupCache cache;
    private final FilingTexts texts;
    private final IndicatorAssessments indicators;
    private final AssessmentTextsRepository repository;

    public AssessmentInputsReader(RollupCache cache, FilingTexts texts, IndicatorAssessments indicators,
                                  AssessmentTextsRepository repository) {
        this.cache = cache;
        this.texts = texts;
        this.indicators = indicators;
        this.repository = repository;
    }

    /** The regulators whose run may serve a node: itself, then each regulator above it, nearest first. */
    static List<String> regulatorsUp(Hierarchy h, String code) {
        List<String> out = new ArrayList<>();
        Optional<InstitutionSnapshot> n = h.node(code);
        while (n.isPresent() && !out.contains(n.get().code())) {
            out.add(n.get().code());
            n = n.get().supervisorCode() == null ? Optional.empty() : h.node(n.get().supervisorCode());
        }
        return out;
    }

    public AssessmentInputs read(String code, RollupPeriod p, Optional<AssessmentInputs.Run> run) {
        PeriodRollup cur = cache.get(p, Basis.RESTATED);
        Hierarchy h = cur.register().hierarchy();
        InstitutionSnapshot node = h.require(code);
        Map<String, String> names = new TreeMap<>();
        names.put(code, cur.register().name(code));
        List<InstitutionSnapshot> maximal = h.maximalNodes(code);
        maximal.forEach(m -> names.put(m.code(), cur.register().name(m.code())));
        Set<String> bankCodes = maximal.stream().map(InstitutionSnapshot::code).collect(Collectors.toCollection(TreeSet::new));
        // the levels of the maximal nodes: a bureau's grade-one branches and local banks, a sub-bureau's branches, ...
        List<String> kinds = maximal.stream().map(InstitutionSnapshot::kind).distinct().sorted().map(InstitutionKind::name).toList();

        List<AssessmentInputs.Bank> banks = List.of();
        List<AssessmentInputs.PeerStatistic> peers = List.of();
        List<AssessmentInputs.KeyEntry> keys = List.of();
        if (run.isPresent()) {
            long id = run.get().id();
            banks = indicators.banks(p.toString(), id, code, kinds, bankCodes);
            Set<String> groups = banks.stream().map(AssessmentInputs.Bank::peerGroup).filter(java.util.Objects::nonNull)
                    .collect(Collectors.toCollection(TreeSet::new));
            peers = indicators.peerStatistics(p.toString(), id, kinds, groups);
            keys = indicators.keyEntries(code, p.toString(), id);
            keys.stream().filter(k -> "INSTITUTION".equals(k.type())).forEach(k -> names.put(k.code(), cur.register().name(k.code())));
        }

        Map<String, InputVersion> versions = new TreeMap<>();
        NodeFigures.versions(cur, code).forEach(v -> versions.put(v.ref(), v));
        Optional<AnalysisInputs.FilerNarrative> own = texts.own(cur, code, ReportKind.QUARTERLY_ASSESSMENT, versions);
        List<AnalysisInputs.Amendment> amendments = texts.amendments(cur, Optional.empty(), code, versions);
        Map<String, String> explanations = explanations(amendments, versions);

        Set<String> filers = new TreeSet<>(h.jurisdiction(code));
        filers.addAll(h.regulatorAndDescendants(code));
        List<AssessmentInputs.FilerStatus> statuses = QuarkusTransaction.requiringNew().call(() -> repository.statuses(p.toString(), filers));
        statuses.forEach(s -> names.put(s.institutionCode(), cur.register().name(s.institutionCode())));
        NodeFigures.coverage(cur, node).missing().stream().map(MissingUnit::code).forEach(c -> names.put(c, cur.register().name(c)));

        AnalysisDocument.Subject subject = new AnalysisDocument.Subject(code, cur.register().name(code), node.kind().name());
        return new AssessmentInputs(subject, p.toString(), cur.register().asOf(), cur.register().version(), cur.register().stale(),
                NodeFigures.coverage(cur, node), names, kinds, run, banks, peers, keys, statuses, amendments, explanations, own,
                List.copyOf(versions.values()));
    }

    /** Each amending version's reason, by the amending version's ref. */
    private Map<String, String> explanations(List<AnalysisInputs.Amendment> amendments, Map<String, InputVersion> versions) {
        List<InputVersion> amending = amendments.stream().map(a -> versions.get(a.ref())).filter(java.util.Objects::nonNull).toList();
        Map<String, String> reasons = QuarkusTransaction.requiringNew().call(() -> repository.amendmentReasons(
                amending.stream().map(InputVersion::submissionId).toList(), amending.stream().map(InputVersion::version).toList()));
        Map<String, String> out = new TreeMap<>();
        for (InputVersion v : amending) {
            String reason = reasons.get(v.submissionId() + "#" + v.version());
            if (reason != null) {
                out.put(v.ref(), reason);
            }
        }
        return out;
    }
}
