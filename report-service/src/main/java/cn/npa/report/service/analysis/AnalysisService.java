package cn.npa.report.service.analysis;

import cn.npa.common.problem.FieldError;
import cn.npa.common.problem.ProblemException;
import cn.npa.common.problem.RuleId;
import cn.npa.common.security.Caller;
import cn.npa.report.config.ReportsConfig;
import cn.npa.report.domain.analysis.AnalysisBuilder;
import cn.npa.report.domain.analysis.AnalysisDocument;
import cn.npa.report.domain.analysis.AnalysisInputs;
import cn.npa.report.domain.analysis.MajorChangeRule;
import cn.npa.report.domain.analysis.ReportKind;
import cn.npa.report.domain.period.RollupPeriod;
import cn.npa.report.domain.projection.LinearTrendProjection;
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
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Analysis documents (R4-R6): a read serves the stored build when its inputs are unchanged, otherwise builds, stores
 * and serves a new one. The refresh job builds the regulators' documents ahead of readers.
 */
@ApplicationScoped
public class AnalysisService {

    private static final Logger LOG = Logger.getLogger(AnalysisService.class);

    private final AnalysisInputsReader reader;
    private final AnalysisRepository documents;
    private final RollupInputsRepository revisions;
    private final RegisterCopies registers;
    private final Caller caller;
    private final ObjectMapper json;
    private final Clock clock;
    private final AnalysisBuilder builder;
    private final AnalysisRenderer renderer;
    private final BuildCache cache;
    private final Renderings renderings;

    public AnalysisService(AnalysisInputsReader reader, AnalysisRepository documents, RollupInputsRepository revisions,
                           RegisterCopies registers, Caller caller, ObjectMapper json, Clock clock, ReportsConfig config,
                           AnalysisRenderer renderer, BuildCache cache, Renderings renderings) {
        this.renderings = renderings;
        this.renderer = renderer;
        this.cache = cache;
        this.reader = reader;
        this.documents = documents;
        this.revisions = revisions;
        this.registers = registers;
        this.caller = caller;
        this.json = json;
        this.clock = clock;
        ReportsConfig.MajorChange m = config.majorChange();
        this.builder = new AnalysisBuilder(new MajorChangeRule(m.rate(), m.amount(), m.ratioPoints()), new LinearTrendProjection());
    }

    /** A stored build: its id, when it was built, and the document's JSON text (fetched when first asked for). */
    public record Built(long id, OffsetDateTime builtAt, boolean provisional, java.util.function.Supplier<String> text) {

        /** The document's JSON text. */
        public String json() {
            return text.get();
        }
    }

    /** The kind asked for, or the one of the period's grain; a 400 naming {@code kind} when they do not fit. */
    public static ReportKind kind(String text, RollupPeriod period) {
        Optional<ReportKind> k = text == null || text.isBlank() ? ReportKind.defaultFor(period) : ReportKind.parse(text);
        if (k.isEmpty() || k.get().grain() != period.grain()) {
            throw ProblemException.badRequest("The kind of report cannot be written for this period.", List.of(new FieldError(
                    RuleId.PARAM, "kind", "monthly-npl for a month (2026-10), quarterly-npa or quarterly-assessment for a quarter (2026-Q3)")));
        }
        return k.get();
    }

    /** The document of a node the caller may read (404 otherwise), current with its inputs. */
    public Built read(String code, RollupPeriod period, ReportKind kind) {
        RollupScope.require(caller, registers.at(period.end()).hierarchy(), code);
        return current(code, period, kind);
    }

    /** The current build of a node's document, built now if its inputs moved since the last build. */
    public Built current(String code, RollupPeriod period, ReportKind kind) {
        Map<String, Long> revs = revisions(period);
        String key = key(revs);
        Optional<AnalysisRepository.Head> stored = QuarkusTransaction.requiringNew().call(
                () -> documents.head(code, period.toString(), kind.name()));
        if (stored.isPresent() && stored.get().inputsKey().equals(key)) {
            return built(stored.get());
        }
        long started = System.nanoTime();
        AnalysisInputs inputs = reader.read(code, period, kind, revs);
        AnalysisDocument doc = builder.build(inputs);
        String text = write(doc);
        Built b = QuarkusTransaction.requiringNew().call(() -> {
            documents.lock(code, period.toString(), kind.name());
            Optional<AnalysisRepository.Head> raced = documents.head(code, period.toString(), kind.name());
            if (raced.isPresent() && raced.get().inputsKey().equals(key)) {
                return built(raced.get());
            }
            OffsetDateTime at = OffsetDateTime.now(clock);
            long id = documents.store(code, period.toString(), kind.name(), key, doc.provisional(), at, text);
            cache.put(id, "json", text);
            return new Built(id, at, doc.provisional(), () -> text);
        });
        LOG.infof("%s of %s for %s built in %d ms", kind, code, period, (System.nanoTime() - started) / 1_000_000);
        return b;
    }

    /** Builds the document from its inputs without storing it (the same inputs give the same text: R6). */
    public String rebuild(String code, RollupPeriod period, ReportKind kind) {
        return write(builder.build(reader.read(code, period, kind, revisions(period))));
    }

    /** A rendering of a build for people, made once and stored beside the build. */
    public byte[] rendering(Built b, Format format) {
        return renderings.of(b, format, () -> renderer.html(parse(b)), renderer::pdf);
    }

    /** The renderings for people. */
    public enum Format {
        HTML, PDF
    }

    /** The stored document as the domain record (for renderings). */
    public AnalysisDocument parse(Built b) {
        try {
            return json.readValue(b.json(), AnalysisDocument.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored analysis document cannot be read back", e);
        }
    }

    private Map<String, Long> revisions(RollupPeriod period) {
        List<String> periods = new java.util.ArrayList<>(Periods.read(period));
        periods.add("*");
        return QuarkusTransaction.requiringNew().call(() -> new TreeMap<>(revisions.revisions(periods)));
    }

    /** The inputs key: every period read with its revision, and the register's stamp. */
    private static String key(Map<String, Long> revs) {
        return revs.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(";"));
    }

    private String write(AnalysisDocument doc) {
        try {
            return json.writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an analysis document cannot be written", e);
        }
    }

    private Built built(AnalysisRepository.Head h) {
        return built(h, cache, documents);
    }

    /** A stored build whose text is read from the cache, or from the database when first asked for. */
    static Built built(AnalysisRepository.Head h, BuildCache cache, AnalysisRepository documents) {
        return new Built(h.id(), h.builtAt(), h.provisional(),
                () -> cache.json(h.id(), () -> QuarkusTransaction.requiringNew().call(() -> documents.document(h.id()))));
    }
}
