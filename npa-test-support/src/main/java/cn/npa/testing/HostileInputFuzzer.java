package cn.npa.testing;

import cn.npa.common.security.Roles;
import cn.npa.testing.fuzz.ApiOperation;
import cn.npa.testing.fuzz.ApiParameter;
import cn.npa.testing.fuzz.Baseline;
import cn.npa.testing.fuzz.FuzzProfile;
import cn.npa.testing.fuzz.FuzzSettings;
import cn.npa.testing.fuzz.OpenApiDocument;
import cn.npa.testing.fuzz.OperationFuzz;
import cn.npa.testing.fuzz.RowCounts;
import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.RestAssured;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The fuzzer every service's test extends (run with {@link FuzzProfile}). It reads the service's served OpenAPI document
 * and, for every operation under {@code /api}, sends the rightful request and then {@link FuzzSettings#cases()} hostile
 * ones, each changing one thing; every answer must keep the error contract and no refused write may store a row.
 * A new operation is walked without touching this class; a service names sample values and tokens where the
 * generic ones do not reach its code (docs/reliability.md).
 */
public abstract class HostileInputFuzzer {

    private static final Logger LOG = Logger.getLogger(HostileInputFuzzer.class);

    /** Data the operations rely on (the demo register, say); run once before the walk. */
    protected void prepare() {
    }

    /**
     * Values the rightful request of an operation uses, by parameter or body field name ({@code code}, {@code period}, ...).
     * Optional parameters are sent only when named here; everything else falls back to a value of its schema's type.
     */
    protected Map<String, String> samples(ApiOperation op) {
        return Map.of();
    }

    /** A valid token of a role; a service names the institutions its data has. */
    protected String token(String role) {
        return switch (role) {
            case Roles.BANK -> TestTokens.bank("LC0001");
            case Roles.BUREAU -> TestTokens.bureau("BUR-440000");
            case Roles.CBRC -> TestTokens.cbrc();
            case Roles.ADMIN -> TestTokens.admin();
            default -> TestTokens.service();
        };
    }

    /** The token of the rightful request of an operation: by default one of the first role its security names. */
    protected String token(ApiOperation op) {
        return token(op.roles().isEmpty() ? Roles.ADMIN : op.roles().get(0));
    }

    /** The body of the rightful request in a media type, or null to use the document's example or a skeleton of the schema. */
    protected String body(ApiOperation op, String mediaType) {
        return null;
    }

    @TestFactory
    Stream<DynamicTest> everyOperationKeepsTheContractUnderHostileInput() {
        prepare();
        FuzzSettings settings = FuzzSettings.fromSystemProperties();
        LOG.infof("fuzzing with seed %d, %d cases per operation (rerun: -Dnpa.fuzz.seed=%d -Dnpa.fuzz.cases=%d)",
                settings.seed(), settings.cases(), settings.seed(), settings.cases());
        OpenApiDocument document = OpenApiDocument.served();
        RowCounts rows = new RowCounts(NpaTestResource.jdbcUrl(), FuzzProfile.SCHEMA);
        String base = RestAssured.baseURI + ":" + RestAssured.port;
        List<ApiOperation> operations = document.operations();
        return operations.stream().map(op -> DynamicTest.dynamicTest(op.key(), () ->
                new OperationFuzz(op, baselines(document, op), settings, this::token, rows, base).run()));
    }

    /** One rightful request per media type the operation reads (one without a body when it reads none). */
    private List<Baseline> baselines(OpenApiDocument document, ApiOperation op) {
        Map<String, String> samples = samples(op);
        Map<String, String> params = new LinkedHashMap<>();
        for (ApiParameter p : op.parameters()) {
            String sample = samples.get(p.name());
            if (sample != null) {
                params.put(p.name(), sample);
            } else if (p.required()) {
                params.put(p.name(), OperationFuzz.valueOf(p.schema()));
            }
        }
        if (!op.readsBody()) {
            return List.of(new Baseline(params, null, null, null, token(op)));
        }
        List<Baseline> out = new ArrayList<>();
        op.bodies().forEach((type, body) -> {
            String given = body(op, type);
            JsonNode json = type.contains("json") ? OperationFuzz.json(given, body, document, samples) : null;
            String text = json == null ? (given == null ? "" : given) : null;
            out.add(new Baseline(params, type, json, text, token(op)));
        });
        return out;
    }
}
