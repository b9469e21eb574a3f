package cn.npa.report.service.analysis;

import cn.npa.report.domain.analysis.AnalysisInputs;
import cn.npa.report.domain.analysis.InputVersion;
import cn.npa.report.domain.analysis.ReportKind;
import cn.npa.report.domain.period.RollupPeriod;
import cn.npa.report.repository.analysis.FilingTextsRepository;
import cn.npa.report.service.rollup.PeriodRollup;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The filers' narratives (Art. 8(5)(6)) and the amendments (§5) a document reads, from the stored filings. */
@ApplicationScoped
public class FilingTexts {

    private final FilingTextsRepository repository;
    private final ObjectMapper json;

    public FilingTexts(FilingTextsRepository repository, ObjectMapper json) {
        this.repository = repository;
        this.json = json;
    }

    /**
     * The narratives of the versions the node's figure of the period uses, and a regulator's own filing of the period
     * (its analysis and evaluation), which joins the document's inputs.
     */
    List<AnalysisInputs.FilerNarrative> narratives(PeriodRollup cur, String code, ReportKind kind, Map<String, InputVersion> versions) {
        String period = cur.period().toString();
        List<InputVersion> used = versions.values().stream().filter(v -> v.period().equals(period)).toList();
        List<FilingTextsRepository.Narrative> found = new ArrayList<>(QuarkusTransaction.requiringNew().call(() -> repository.narratives(
                used.stream().map(InputVersion::submissionId).toList(), used.stream().map(InputVersion::version).toList())));
        // the regulator's own words come before its filers'
        ownFiling(cur, code, kind, versions).ifPresent(n -> found.add(0, n));
        List<AnalysisInputs.FilerNarrative> out = new ArrayList<>();
        for (FilingTextsRepository.Narrative n : found) {
            if (n.json() != null) {
                out.add(parse(InputVersion.ref(period, n.institutionCode()), n));
            }
        }
        return out;
    }

    /** A regulator's own filing of the period ({@code BUREAU_QUARTERLY_ASSESSMENT} for a quarter), which joins the inputs. */
    Optional<AnalysisInputs.FilerNarrative> own(PeriodRollup cur, String code, ReportKind kind, Map<String, InputVersion> versions) {
        String period = cur.period().toString();
        return ownFiling(cur, code, kind, versions).filter(n -> n.json() != null).map(n -> parse(InputVersion.ref(period, code), n));
    }

    private Optional<FilingTextsRepository.Narrative> ownFiling(PeriodRollup cur, String code, ReportKind kind,
                                                                Map<String, InputVersion> versions) {
        boolean regulator = cur.register().hierarchy().node(code).map(n -> n.kind().isRegulator()).orElse(false);
        if (!regulator) {
            return Optional.empty();
        }
        String period = cur.period().toString();
        String type = kind == ReportKind.MONTHLY_NPL_ANALYSIS ? "BUREAU_MONTHLY_NPL" : "BUREAU_QUARTERLY_ASSESSMENT";
        Optional<FilingTextsRepository.Narrative> own = QuarkusTransaction.requiringNew().call(() -> repository.ownFiling(code, type, period));
        own.ifPresent(n -> versions.put(InputVersion.ref(period, code), new InputVersion(InputVersion.ref(period, code), code, type, period,
                n.submissionId(), n.version(), InputVersion.Role.USED)));
        return own;
    }

    private AnalysisInputs.FilerNarrative parse(String ref, FilingTextsRepository.Narrative n) {
        try {
            JsonNode t = json.readTree(n.json());
            List<AnalysisInputs.Case> cases = new ArrayList<>();
            for (JsonNode c : t.path("typicalCases")) {
                cases.add(new AnalysisInputs.Case(text(c, "title"), decimal(c.get("amount")), text(c, "cause"), text(c, "text")));
            }
            JsonNode trend = t.path("trendProjection");
            return new AnalysisInputs.FilerNarrative(n.institutionCode(), ref, text(t, "causeAnalysis"), cases, text(trend, "text"),
                    decimal(trend.get("projectedNplRatio")), text(t, "measures"), text(t, "evaluation"));
        } catch (java.io.IOException e) {
            // accepted filings were validated on intake; an unreadable narrative is shown as absent rather than failing the document
            return new AnalysisInputs.FilerNarrative(n.institutionCode(), ref, null, List.of(), null, null, null, null);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static BigDecimal decimal(JsonNode v) {
        return v == null || v.isNull() || !v.isNumber() ? null : v.decimalValue();
    }

    /**
     * The amendments of the versions used this period and last (the ones since the previous document), each with the
     * version it replaced, which joins the inputs as {@code REPLACED} (R6: the trace names both versions).
     */
    List<AnalysisInputs.Amendment> amendments(PeriodRollup cur, Optional<PeriodRollup> prev, String code,
                                              Map<String, InputVersion> versions) {
        Set<String> units = new TreeSet<>(NodeFigures.contributors(cur, code));
        prev.ifPresent(p -> units.addAll(NodeFigures.contributors(p, code)));
        List<String> periods = new ArrayList<>(List.of(cur.period().toString()));
        prev.ifPresent(p -> periods.add(p.period().toString()));
        RollupPeriod p = cur.period();
        List<FilingTextsRepository.Amended> found = QuarkusTransaction.requiringNew().call(
                () -> repository.amendments(periods, p.reportTypes(), units));
        List<AnalysisInputs.Amendment> out = new ArrayList<>();
        for (FilingTextsRepository.Amended a : found) {
            String ref = InputVersion.ref(a.period(), a.institutionCode());
            String replaced = InputVersion.replacedRef(a.period(), a.institutionCode(), a.replacedVersion());
            versions.putIfAbsent(ref, new InputVersion(ref, a.institutionCode(), a.reportType(), a.period(), a.submissionId(),
                    a.version(), InputVersion.Role.USED));
            versions.put(replaced, new InputVersion(replaced, a.institutionCode(), a.reportType(), a.period(), a.submissionId(),
                    a.replacedVersion(), InputVersion.Role.REPLACED));
            out.add(new AnalysisInputs.Amendment(a.institutionCode(), a.reportType(), a.period(), a.replacedVersion(), a.version(),
                    replaced, ref, a.nplBefore(), a.nplAfter(), a.npaBefore(), a.npaAfter()));
        }
        return out;
    }
}
