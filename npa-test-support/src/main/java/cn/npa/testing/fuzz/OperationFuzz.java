package cn.npa.testing.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Assertions;

/** The fuzz of one operation: the rightful request, then the hostile cases; fails once, listing every broken case. */
public final class OperationFuzz {

    private static final Logger LOG = Logger.getLogger(OperationFuzz.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SHOWN = 15;

    private final ApiOperation op;
    private final List<Baseline> baselines;
    private final FuzzSettings settings;
    private final Function<String, String> tokenOfRole;
    private final RowCounts rows;
    private final String base;
    /** How many answers of each status the run got, for the log. */
    private final SortedMap<Integer, Integer> statuses = new TreeMap<>();

    public OperationFuzz(ApiOperation op, List<Baseline> baselines, FuzzSettings settings, Function<String, String> tokenOfRole,
                         RowCounts rows, String base) {
        this.op = op;
        this.baselines = baselines;
        this.settings = settings;
        this.tokenOfRole = tokenOfRole;
        this.rows = rows;
        this.base = base;
    }

    /** Each media type's rightful request, its systematic cases (numbered below 0) and its share of the random ones. */
    public void run() {
        Random random = new Random(settings.seedOf(op.key()));
        List<String> broken = new ArrayList<>();
        int index = 0;
        int next = 1;
        for (Baseline baseline : baselines) {
            CaseGenerator cases = new CaseGenerator(op, baseline, random, tokenOfRole);
            check(0, cases.rightful(), broken);
            for (FuzzRequest request : cases.systematic()) {
                check(--index, request, broken);
            }
            for (int i = 0; i < Math.max(1, settings.cases() / baselines.size()); i++, next++) {
                FuzzRequest request;
                try {
                    request = cases.next();
                } catch (RuntimeException unbuildable) {
                    // a token the signing library will not build, say: nothing was sent, nothing to judge
                    LOG.debugf("case %d of %s not built: %s", next, op.key(), unbuildable.getMessage());
                    continue;
                }
                check(next, request, broken);
            }
        }
        LOG.infof("%s: %d requests, answers by status %s, %d broke the contract", op.key(),
                statuses.values().stream().mapToInt(Integer::intValue).sum(), statuses, broken.size());
        if (!broken.isEmpty()) {
            Assertions.fail(broken.size() + " of " + statuses.values().stream().mapToInt(Integer::intValue).sum() + " requests to " + op.key() + " broke the contract (seed "
                    + settings.seed() + "):\n" + String.join("\n", broken.subList(0, Math.min(SHOWN, broken.size())))
                    + (broken.size() > SHOWN ? "\n… and " + (broken.size() - SHOWN) + " more" : ""));
        }
    }

    private void check(int index, FuzzRequest request, List<String> broken) {
        Map<String, Long> before = op.writes() ? rows.now() : null;
        HttpResponse<byte[]> response;
        try {
            response = request.send(base);
        } catch (IllegalArgumentException unsendable) {
            LOG.debugf("case %d of %s not sendable: %s", index, op.key(), unsendable.getMessage());
            return;
        } catch (IOException e) {
            broken.add("#" + index + " " + request.describe() + ": no answer (" + e + ")");
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        statuses.merge(response.statusCode(), 1, Integer::sum);
        List<String> violations = new ArrayList<>(ResponseContract.violations(request, response));
        if (before != null && response.statusCode() >= 400 && !Objects.equals(before, rows.now())) {
            violations.add("refused with " + response.statusCode() + " but rows changed: " + before + " -> " + rows.now());
        }
        if (!violations.isEmpty()) {
            String body = new String(response.body(), StandardCharsets.UTF_8);
            broken.add("#" + index + " " + request.describe() + " -> " + response.statusCode() + ": " + String.join("; ", violations)
                    + "\n      " + (body.length() > 300 ? body.substring(0, 300) + "…" : body));
        }
    }

    /** A value of a parameter's schema for a rightful request. */
    public static String valueOf(JsonNode schema) {
        if (schema == null) {
            return "x";
        }
        if (schema.has("enum") && schema.get("enum").size() > 0) {
            return schema.get("enum").get(0).asText();
        }
        return switch (schema.path("type").asText()) {
            case "integer", "number" -> schema.has("minimum") ? schema.get("minimum").asText() : "1";
            case "boolean" -> "false";
            default -> JsonSkeleton.string(schema);
        };
    }

    /** The JSON body of a rightful request: the one given, else the document's example, else a skeleton of the schema. */
    public static JsonNode json(String given, ApiOperation.Body body, OpenApiDocument document, Map<String, String> samples) {
        try {
            if (given != null) {
                return JSON.readTree(given);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the sample body is not JSON", e);
        }
        if (!body.example().isMissingNode() && !body.example().isNull()) {
            return body.example();
        }
        return new JsonSkeleton(document::resolve, samples).of(body.schema());
    }
}
