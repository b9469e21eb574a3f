package cn.npa.report.service.analysis;

import cn.npa.common.problem.ProblemException;
import cn.npa.common.problem.ProblemKind;
import cn.npa.report.client.IndicatorAssessmentsApi;
import cn.npa.report.domain.assessment.AssessmentInputs;
import cn.npa.report.service.ServiceTokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * Reads a regulator's assessment of a quarter from the indicator service over HTTP, with the report service's own
 * service token: which run (its latest published run of the period, else its latest run, else the same from the
 * nearest regulator above it, whose run covers its jurisdiction), the assessments of the banks, peer statistics and
 * key lists of that run. An unreachable or failing indicator service is a 503: the report is not built without it.
 */
@ApplicationScoped
public class IndicatorAssessments {

    private static final Logger LOG = Logger.getLogger(IndicatorAssessments.class);
    private static final int PAGE = 1000;

    private final IndicatorAssessmentsApi api;
    private final ServiceTokens tokens;
    private final ObjectMapper json;

    public IndicatorAssessments(@RestClient IndicatorAssessmentsApi api, ServiceTokens tokens, ObjectMapper json) {
        this.api = api;
        this.tokens = tokens;
        this.json = json;
    }

    /** The run to read for {@code regulators} (the node first, then the regulators above it, nearest first). */
    public Optional<AssessmentInputs.Run> run(String period, List<String> regulators) {
        List<JsonNode> runs = all(page -> api.runs(bearer(), period, page, PAGE));
        for (String regulator : regulators) {
            List<JsonNode> own = runs.stream().filter(r -> regulator.equals(r.path("regulatorCode").asText())).toList();
            Optional<JsonNode> published = own.stream().filter(r -> "PUBLISHED".equals(r.path("status").asText())).findFirst();
            Optional<JsonNode> chosen = published.or(() -> own.stream().findFirst());
            if (chosen.isPresent()) {
                JsonNode r = chosen.get();
                String why = (published.isPresent() ? "the latest PUBLISHED run of " : "the latest run (none published) of ") + regulator
                        + " for " + period + (regulator.equals(regulators.get(0)) ? "" : ", the nearest regulator above with a run");
                return Optional.of(new AssessmentInputs.Run(r.path("id").asLong(), regulator, r.path("status").asText(),
                        text(r, "fingerprint"), text(r, "resultsSha256"), why));
            }
        }
        return Optional.empty();
    }

    /**
     * The run's assessments of the nodes of the given kinds whose codes are in {@code codes}, read from the jurisdiction of
     * {@code regulator} only (the indicator service computes each node's assessment when read: the country's would cost
     * a bureau's report a minute).
     */
    public List<AssessmentInputs.Bank> banks(String period, long runId, String regulator, List<String> kinds, Set<String> codes) {
        List<AssessmentInputs.Bank> out = new ArrayList<>();
        for (String kind : kinds) {
            for (JsonNode a : all(page -> api.assessments(bearer(), period, runId, regulator, kind, page, PAGE))) {
                JsonNode n = a.path("node");
                if (!codes.contains(n.path("code").asText())) {
                    continue;
                }
                List<AssessmentInputs.Sheet> sheets = new ArrayList<>();
                for (JsonNode b : a.path("bases")) {
                    sheets.add(new AssessmentInputs.Sheet(text(b, "basis"), list(b.path("indicators"), i -> new AssessmentInputs.Indicator(
                            text(i, "formula"), text(i, "indicator"), i.path("variant").asBoolean(), text(i, "assetClass"), text(i, "base"),
                            text(i, "unit"), decimal(i, "value"), text(i, "reason"))),
                            list(b.path("ranks"), r -> new AssessmentInputs.Rank(text(r, "ranking"), text(r, "formula"), text(r, "base"),
                                    r.hasNonNull("rank") ? r.get("rank").asInt() : null, r.path("rankedCount").asInt(),
                                    decimal(r, "percentile"), text(r, "reason"))),
                            list(b.path("progress"), p -> new AssessmentInputs.Progress(text(p, "base"), decimal(p, "composite"),
                                    text(p, "reason")))));
                }
                out.add(new AssessmentInputs.Bank(n.path("code").asText(), text(n, "kind"), text(n, "peerGroup"),
                        text(n, "supervisorCode"), sheets));
            }
        }
        return out;
    }

    /** The run's peer statistics at the given levels, of the peer groups in {@code groups}. */
    public List<AssessmentInputs.PeerStatistic> peerStatistics(String period, long runId, List<String> kinds, Set<String> groups) {
        List<AssessmentInputs.PeerStatistic> out = new ArrayList<>();
        for (String kind : kinds) {
            for (JsonNode s : all(page -> api.peerStatistics(bearer(), period, runId, kind, page, PAGE))) {
                if (!groups.contains(s.path("peerGroup").asText())) {
                    continue;
                }
                out.add(new AssessmentInputs.PeerStatistic(text(s, "basis"), text(s, "peerGroup"), text(s, "kind"), text(s, "formula"),
                        text(s, "assetClass"), text(s, "base"), s.path("memberCount").asInt(), decimal(s, "aggregate"),
                        decimal(s.path("median"), "value"), list(s.path("warnings"), JsonNode::asText)));
            }
        }
        return out;
    }

    /** The regulator's key institutions (K1-K4) and key clients (K5-K7) of the run, with the rules and their notes. */
    public List<AssessmentInputs.KeyEntry> keyEntries(String regulator, String period, long runId) {
        return list(all(page -> api.keyList(bearer(), regulator, period, runId, page, PAGE)), e -> new AssessmentInputs.KeyEntry(
                text(e, "type"), text(e, "code"), text(e, "name"), list(e.path("rules"), JsonNode::asText),
                list(e.path("evidence"), v -> new AssessmentInputs.Reason(text(v, "rule"), text(v, "note"))),
                list(e.path("filers"), JsonNode::asText)));
    }

    /** Every item of a paged answer. */
    private List<JsonNode> all(IntFunction<Response> call) {
        List<JsonNode> items = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode body = body(call, page);
            body.path("items").forEach(items::add);
            if (body.path("items").size() < PAGE || items.size() >= body.path("total").asLong()) {
                return items;
            }
        }
    }

    private JsonNode body(IntFunction<Response> call, int page) {
        try (Response r = call.apply(page)) {
            if (r.getStatus() != 200) {
                throw unavailable("answered " + r.getStatus());
            }
            return json.readTree(r.readEntity(String.class));
        } catch (IOException | jakarta.ws.rs.ProcessingException e) {
            throw unavailable(e.getMessage());
        } catch (jakarta.ws.rs.WebApplicationException e) {
            throw unavailable("answered " + e.getResponse().getStatus());
        }
    }

    private static ProblemException unavailable(String why) {
        LOG.warnf("indicator service read failed: %s", why);
        return new ProblemException(ProblemKind.SERVICE_UNAVAILABLE,
                "The indicator service, whose assessments the report needs, cannot be read now; try again later.");
    }

    private String bearer() {
        return tokens.token().map(t -> "Bearer " + t).orElse(null);
    }

    private static <T> List<T> list(Iterable<JsonNode> nodes, java.util.function.Function<JsonNode, T> f) {
        List<T> out = new ArrayList<>();
        nodes.forEach(n -> out.add(f.apply(n)));
        return out;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static BigDecimal decimal(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || !v.isNumber() ? null : v.decimalValue();
    }
}
