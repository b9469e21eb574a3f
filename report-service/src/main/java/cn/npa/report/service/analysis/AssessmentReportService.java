package cn.npa.report.service.analysis;

import cn.npa.common.problem.FieldError;
import cn.npa.common.problem.ProblemException;
import cn.npa.common.problem.RuleId;
import cn.npa.common.security.Caller;
import cn.npa.report.domain.analysis.ReportKind;
import cn.npa.report.domain.assessment.AssessmentBuilder;
import cn.npa.report.domain.assessment.AssessmentInputs;
import cn.npa.report.domain.assessment.AssessmentReport;
import cn.npa.report.domain.period.RollupPeriod;
import cn.npa.report.domain.tree.Hierarchy;
import cn.npa.report.domain.tree.InstitutionSnapshot;
import cn.npa.report.repository.analysis.AnalysisRepository;
import cn.npa.report.repository.rollup.RollupInputsRepository;
import cn.npa.report.service.register.RegisterCopies;
import cn.npa.report.service.rollup.RollupScope;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Regulators' quarterly assessment reports (Art. 12-14): a read asks the indicator service which run serves the
 * quarter, and serves the stored build when neither the quarter's inputs nor the run changed; otherwise it builds,
 * stores and serves a new one. Builds are kept beside the analysis documents (kind QUARTERLY_ASSESSMENT).
 */
@ApplicationScoped
public class AssessmentReportService {

    private static final Logger LOG = Logger.getLogger(AssessmentReportService.class);
    private static final ReportKind KIND = ReportKind.QUARTERLY_ASSESSMENT;

    private final AssessmentInputsReader reader;
    private final IndicatorAssessments indicators;
    private final AnalysisRepository documents;
    private final RollupInputsRepository revisions;
    private final RegisterCopies registers;
    private final Caller caller;
    private final ObjectMapper json;
    private final Clock clock;
    private final AssessmentRenderer renderer;
    private final BuildCache cache;
    private final Renderings renderings;
    private final AssessmentBuilder builder = new AssessmentBuilder();

    public AssessmentReportService(AssessmentInputsReader reader, IndicatorAssessments indicators, AnalysisRepository documents,
                                   RollupInputsRepository revisions, RegisterCopies registers, Caller caller, ObjectMapper json,
                                   Clock clock, AssessmentRenderer renderer, BuildCache cache, Renderings renderings) {
        this.renderings = renderings;
        this.cache = cache;
        this.reader = reader;
        this.indicators = indicators;
        this.documents = documents;
        this.revisions = revisions;
        this.registers = registers;
        this.caller = caller;
        this.json = json;
        this.clock = clock;
        this.renderer = renderer;
    }

    /** The report of a regulator the caller may read (404 otherwise; 400 naming {@code kind} for a bank node). */
    public AnalysisService.Built read(String code, RollupPeriod period) {
        Hierarchy h = registers.at(period.end()).hierarchy();
        InstitutionSnapshot node = RollupScope.require(caller, h, code);
        if (!node.kind().isRegulator()) {
            throw ProblemException.badRequest("A quarterly assessment report is written for a regulator.", List.of(new FieldError(
                    RuleId.PARAM, "kind", "quarterly-assessment is the report of a bureau or the CBRC; for a bank node ask quarterly-npa")));
        }
        Optional<AssessmentInputs.Run> run = indicators.run(period.toString(), AssessmentInputsReader.regulatorsUp(h, code));
        // one short transaction for both reads a served build needs: the quarter's revisions and the latest build's head
        record Current(String key, Optional<AnalysisRepository.Head> stored) {
        }
        Current current = QuarkusTransaction.requiringNew().call(() -> new Current(key(period, run),
                documents.head(code, period.toString(), KIND.name())));
        String key = current.key();
        Optional<AnalysisRepository.Head> stored = current.stored();
        if (stored.isPresent() && stored.get().inputsKey().equals(key)) {
            return built(stored.get());
        }
        long started = System.nanoTime();
        AssessmentReport doc = builder.build(reader.read(code, period, run));
        String text = write(doc);
        AnalysisService.Built b = QuarkusTransaction.requiringNew().call(() -> {
            documents.lock(code, period.toString(), KIND.name());
            Optional<AnalysisRepository.Head> raced = documents.head(code, period.toString(), KIND.name());
            if (raced.isPresent() && raced.get().inputsKey().equals(key)) {
                return built(raced.get());
            }
            OffsetDateTime at = OffsetDateTime.now(clock);
            long id = documents.store(code, period.toString(), KIND.name(), key, doc.provisional(), at, text);
            cache.put(id, "json", text);
            return new AnalysisService.Built(id, at, doc.provisional(), () -> text);
        });
        LOG.infof("%s of %s for %s built in %d ms", KIND, code, period, (System.nanoTime() - started) / 1_000_000);
        return b;
    }

    /** A rendering of a build for people, made once and stored beside the build. */
    public byte[] rendering(AnalysisService.Built b, AnalysisService.Format format) {
        return renderings.of(b, format, () -> renderer.html(parse(b)), renderer::pdf);
    }

    private AssessmentReport parse(AnalysisService.Built b) {
        try {
            return json.readValue(b.json(), AssessmentReport.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored assessment report cannot be read back", e);
        }
    }

    /** The inputs key (within a transaction): the quarter's revision, the register's stamp, and the run read (id, status, fingerprint). */
    private String key(RollupPeriod period, Optional<AssessmentInputs.Run> run) {
        TreeMap<String, Long> revs = new TreeMap<>(revisions.revisions(List.of(period.toString(), "*")));
        String periods = revs.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(";"));
        return periods + ";run=" + run.map(r -> r.id() + ":" + r.status() + ":" + r.fingerprint() + ":" + r.resultsSha256()).orElse("none");
    }

    private String write(AssessmentReport doc) {
        try {
            return json.writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an assessment report cannot be written", e);
        }
    }

    private AnalysisService.Built built(AnalysisRepository.Head h) {
        return AnalysisService.built(h, cache, documents);
    }
}
