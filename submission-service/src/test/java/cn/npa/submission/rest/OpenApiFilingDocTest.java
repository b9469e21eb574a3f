package cn.npa.submission.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.npa.submission.DemoRegister;
import cn.npa.submission.domain.filing.FilerCheck;
import cn.npa.submission.domain.filing.FilingValidator;
import cn.npa.submission.domain.period.ReportType;
import cn.npa.common.problem.FieldError;
import cn.npa.testing.ProblemAssertions;
import cn.npa.testing.TestTokens;
import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The served OpenAPI document describes the filing field by field; its per-type examples validate and are accepted unchanged. */
@QuarkusTest
class OpenApiFilingDocTest {

    private static final String SUBMISSIONS = "/api/v1/submissions";
    /** Read with exact decimals, so that 8000.00 is sent on as 8000.00. */
    private static final ObjectMapper JSON = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true)).build();
    /** The one schema property no example carries: it belongs to re-filings, which the test sends itself. */
    private static final String REFILING_ONLY = "$.header.amendmentReason";
    /** Fields whose presence depends on the report type (the V7 table); the schema lists them as optional. */
    private static final Set<String> BY_TYPE = Set.of("$.loans", "$.nonCredit", "$.offBalanceSheet", "$.narrative",
            "$.loans.byRegion", "$.narrative.evaluation");
    private static final Path READER_SOURCES = Path.of("src/main/java/cn/npa/submission/domain/filing");

    private static JsonNode spec;
    private static OpenApiInteractionValidator validator;

    @BeforeEach
    void register() {
        DemoRegister.load();
    }

    @Test
    void theRequestBodyIsTheFilingSchemaWithOneExamplePerReportType() {
        JsonNode media = post().path("requestBody").path("content").path("application/json");
        assertEquals("#/components/schemas/Filing", media.path("schema").path("$ref").asText(), media.toString());
        Set<String> types = Arrays.stream(ReportType.values()).map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(types, names(media.path("examples")), "one example per report type, named for it");
        for (String type : types) {
            assertEquals("#/components/examples/" + type, media.path("examples").path(type).path("$ref").asText());
            assertEquals(type, example(type).path("header").path("reportType").asText(), "example " + type + " files a " + type);
            assertFalse(spec().path("components").path("examples").path(type).path("summary").asText().isBlank(), type);
        }
        Set<String> documented = new TreeSet<>();
        assertEquals("#/components/schemas/ReportType", paths().named("FilingHeader").path("properties").path("reportType").path("$ref").asText(),
                "header.reportType is the one ReportType schema");
        paths().named("ReportType").path("enum").forEach(n -> documented.add(n.asText()));
        assertEquals(types, documented, "header.reportType lists exactly the report types");
    }

    @Test
    void everyExampleValidatesAgainstTheRequestSchema() {
        for (String type : exampleNames()) {
            ValidationReport report = validator().validateRequest(request(TestTokens.bank("LC0001"), text(example(type))));
            assertFalse(report.hasErrors(), type + ": " + report.getMessages());
        }
    }

    @Test
    void everyExamplePostedUnchangedIsAcceptedAndTheReceiptMatchesTheDocument() {
        // The examples' periods (2025-03, 2025-Q1, 2023, 2024, 2025-03-17) and their neighbours are filed by no other
        // test, and the monthly and quarterly examples share one balance sheet: no Q1-Q6 finding can arise.
        for (String type : exampleNames()) {
            JsonNode example = example(type);
            Response r = file(tokenFor(example.path("header")), text(example), null);
            assertEquals(201, r.statusCode(), type + ": " + r.asString());
            assertEquals("ACCEPTED", r.jsonPath().getString("verdictAtReceipt"), type + " triggers no quality finding: " + r.asString());
            assertEquals(List.of(), r.jsonPath().getList("findings"), type);
            assertEquals(example.path("header").path("institutionCode").asText(), r.jsonPath().getString("institutionCode"));
            assertResponseMatchesDocument(r);
        }
        // A re-filing carries the one field no example has: it validates, is version 2, and its receipt matches too.
        ObjectNode amended = example("BANK_MONTHLY_NPL").deepCopy();
        ((ObjectNode) amended.get("header")).put("amendmentReason", "Loans of one client were misclassified");
        ValidationReport report = validator().validateRequest(request(TestTokens.bank("LC0001"), text(amended)));
        assertFalse(report.hasErrors(), report.getMessages().toString());
        Response v2 = file(TestTokens.bank("LC0001"), text(amended), "openapi-doc-lc0001-2025-03-v2");
        assertEquals(201, v2.statusCode(), v2.asString());
        assertEquals(2, v2.jsonPath().getInt("version"));
        assertResponseMatchesDocument(v2);
        Response replay = file(TestTokens.bank("LC0001"), text(amended), "openapi-doc-lc0001-2025-03-v2");
        assertEquals(200, replay.statusCode(), replay.asString());
        assertResponseMatchesDocument(replay);
    }

    @Test
    void theSchemaRefusesWhatTheServiceRefuses() {
        Map<String, Consumer<ObjectNode>> broken = new LinkedHashMap<>();
        broken.put("V7 $.loans.grades.performing", d -> obj(d, "/loans/grades").put("performing", 1));
        broken.put("V7 $.attachments", d -> d.put("attachments", "scan.pdf"));
        broken.put("V1 $.loans.grades.pass", d -> obj(d, "/loans/grades").put("pass", d.at("/loans/grades/pass").asText()));
        broken.put("V1 $.nonCredit.total.npa", d -> obj(d, "/nonCredit/total").put("npa", -1));
        // A third decimal (V1) is the service's to refuse: the schema states the scale in words, since a multipleOf
        // keyword would make validators that hold numbers as doubles refuse valid amounts.
        broken.put("V7 $.loans.movements.newNpl", d -> obj(d, "/loans/movements").remove("newNpl"));
        broken.put("V7 $.loans.newNplCauses[0].cause", d -> obj(d, "/loans/newNplCauses/0").put("cause", "BAD_WEATHER"));
        broken.put("V7 $.loans.byIndustry[0].industry", d -> obj(d, "/loans/byIndustry/0").put("industry", "Z"));
        broken.put("V6 $.loans.clients[0].clientId", d -> obj(d, "/loans/clients/0").put("clientId", "91110105MA01HB7KI9"));
        broken.put("V7 $.header.period", d -> obj(d, "/header").put("period", "2025-13"));
        broken.put("V7 $.narrative.typicalCases[0].title", d -> obj(d, "/narrative/typicalCases/0").put("title", "  "));
        String token = TestTokens.bank("LC0001");
        ValidationReport intact = validator().validateRequest(request(token, text(example("BANK_QUARTERLY_NPA"))));
        assertFalse(intact.hasErrors(), intact.getMessages().toString());
        broken.forEach((finding, breakIt) -> {
            ObjectNode doc = example("BANK_QUARTERLY_NPA").deepCopy();
            breakIt.accept(doc);
            String[] expected = finding.split(" ");
            String pointer = pointer(expected[1]);
            String field = pointer.substring(pointer.lastIndexOf('/') + 1);
            ValidationReport report = validator().validateRequest(request(token, text(doc)));
            assertTrue(report.getMessages().stream().anyMatch(m -> m.getKey().startsWith("validation.request.body")
                            && (m.getMessage().contains("'" + pointer + "'") || m.getMessage().contains("\"" + field + "\""))),
                    "the schema lets through a report with " + finding + ": " + report.getMessages());
            Response r = ProblemAssertions.assertProblem(file(token, text(doc), null), 422);
            List<Map<String, String>> errors = r.jsonPath().getList("errors");
            assertTrue(errors.stream().anyMatch(e -> e.get("rule").equals(expected[0]) && e.get("path").equals(expected[1])),
                    "the service reports " + finding + ": " + r.asString());
            ValidationReport answer = validator().validateResponse(SUBMISSIONS, Request.Method.POST,
                    SimpleResponse.Builder.status(422).withContentType("application/problem+json").withBody(r.asString()).build());
            assertFalse(answer.hasErrors(), "the 422 matches the documented problem: " + answer.getMessages());
        });
    }

    @Test
    void everyObjectOfTheFilingRefusesUnknownFields() {
        // Checked on the document itself: the request validator would refuse unknown fields even without the keyword.
        SchemaPaths paths = paths();
        Map<String, JsonNode> objects = paths.objects(paths.named("Filing"), "$");
        List<String> open = objects.entrySet().stream().filter(e -> !paths.closed(e.getValue())).map(Map.Entry::getKey).toList();
        assertEquals(20, objects.size(), "object schemas found: " + objects.keySet());
        assertEquals(List.of(), open, "objects that would take unknown fields, which the service refuses (V7)");
    }

    @Test
    void theExamplesTogetherUseEverySchemaFieldAndNoOther() {
        SchemaPaths paths = paths();
        Set<String> schema = paths.of(paths.named("Filing"), "$");
        Set<String> used = new TreeSet<>();
        for (String type : exampleNames()) {
            Set<String> inExample = SchemaPaths.in(example(type), "$");
            Set<String> unknown = new TreeSet<>(inExample);
            unknown.removeAll(schema);
            assertEquals(Set.of(), unknown, type + " uses fields the schema does not describe");
            used.addAll(inExample);
        }
        Set<String> unused = new TreeSet<>(schema);
        unused.removeAll(used);
        assertEquals(Set.of(REFILING_ONLY), unused, "schema fields that no example shows");
    }

    @Test
    void theSchemaNamesExactlyTheFieldsTheReaderReads() throws IOException {
        Pattern read = Pattern.compile("\\.(?:amount|ratio|text|code|list|object|choice|year|bool|has)\\(\\s*\"([A-Za-z]+)\"");
        Pattern section = Pattern.compile("section\\(doc, kind, \"([A-Za-z]+)\"");
        Set<String> reader = new TreeSet<>();
        for (String file : List.of("FilingReader.java", "LoanSectionReader.java", "SectionReaders.java")) {
            String source = Files.readString(READER_SOURCES.resolve(file));
            for (Pattern p : List.of(read, section)) {
                Matcher m = p.matcher(source);
                while (m.find()) {
                    reader.add(m.group(1));
                }
            }
        }
        SchemaPaths paths = paths();
        Set<String> schema = paths.of(paths.named("Filing"), "$").stream()
                .map(p -> p.substring(p.lastIndexOf('.') + 1)).collect(Collectors.toCollection(TreeSet::new));
        assertTrue(reader.size() > 40, "the reader's field names were found: " + reader);
        assertEquals(reader, schema, "field names read by the reader vs. described by the schema");
    }

    @Test
    void whatTheSchemaRequiresIsWhatTheReaderRequires() {
        SchemaPaths paths = paths();
        for (String type : exampleNames()) {
            JsonNode example = example(type);
            List<String> mismatches = new ArrayList<>();
            eachField(example, paths.named("Filing"), "$", "$", paths, (path, pattern, required) -> {
                ObjectNode doc = example.deepCopy();
                remove(doc, path);
                List<FieldError> errors = FilingValidator.readAndValidate(text(doc), FilerCheck.NONE).errors();
                boolean missed = errors.stream().anyMatch(e -> e.rule().equals("V7") && e.path().equals(path));
                if (required && !missed) {
                    mismatches.add(path + " is required by the schema but the reader takes the report without it");
                }
                if (!required && missed && !BY_TYPE.contains(pattern)) {
                    mismatches.add(path + " is optional in the schema but the reader requires it");
                }
            });
            assertEquals(List.of(), mismatches, type);
        }
    }

    @Test
    void exampleAmountsSurviveJavaScriptNumbers() {
        // Swagger UI and other JavaScript tools hold numbers as doubles: 15 significant digits come back unchanged.
        for (String type : exampleNames()) {
            List<String> tooLong = new ArrayList<>();
            numbers(example(type), tooLong);
            assertEquals(List.of(), tooLong, type);
        }
    }

    private static void assertResponseMatchesDocument(Response r) {
        SimpleResponse.Builder b = SimpleResponse.Builder.status(r.statusCode()).withContentType(r.contentType()).withBody(r.asString());
        r.headers().forEach(h -> b.withHeader(h.getName(), h.getValue()));
        ValidationReport report = validator().validateResponse(SUBMISSIONS, Request.Method.POST, b.build());
        assertFalse(report.hasErrors(), "the " + r.statusCode() + " answer matches the document: " + report.getMessages() + " " + r.asString());
    }

    /** Token of the right role: bureau reports with the bureau's, bank and branch reports with the head office's. */
    private static String tokenFor(JsonNode header) {
        String code = header.path("institutionCode").asText();
        return header.path("reportType").asText().startsWith("BUREAU_") ? TestTokens.bureau(code) : TestTokens.bank(code.split("-")[0]);
    }

    private static Response file(String token, String body, String key) {
        var request = given().auth().oauth2(token).contentType("application/json").body(body);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.post(SUBMISSIONS).andReturn();
    }

    private static Request request(String token, String body) {
        return SimpleRequest.Builder.post(SUBMISSIONS).withContentType("application/json")
                .withHeader("Authorization", "Bearer " + token).withBody(body).build();
    }

    /** Visits every field of a document with its path, its path pattern and whether the schema requires it. */
    private static void eachField(JsonNode doc, JsonNode schema, String path, String pattern, SchemaPaths paths, FieldVisitor visitor) {
        if (doc.isObject()) {
            Map<String, JsonNode> properties = paths.properties(schema);
            Set<String> required = paths.required(schema);
            for (Iterator<String> names = doc.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                visitor.visit(path + "." + name, pattern + "." + name, required.contains(name));
                eachField(doc.get(name), properties.get(name), path + "." + name, pattern + "." + name, paths, visitor);
            }
        } else if (doc.isArray()) {
            for (int i = 0; i < doc.size(); i++) {
                eachField(doc.get(i), paths.items(schema), path + "[" + i + "]", pattern + "[]", paths, visitor);
            }
        }
    }

    /** What {@link #eachField} reports. */
    private interface FieldVisitor {
        void visit(String path, String pattern, boolean required);
    }

    private static void remove(ObjectNode doc, String path) {
        String pointer = pointer(path);
        int cut = pointer.lastIndexOf('/');
        ((ObjectNode) doc.at(pointer.substring(0, cut))).remove(pointer.substring(cut + 1));
    }

    private static String pointer(String path) {
        return path.substring(1).replace('.', '/').replaceAll("\\[(\\d+)]", "/$1");
    }

    private static void numbers(JsonNode node, List<String> tooLong) {
        if (node.isNumber() && node.decimalValue().stripTrailingZeros().precision() > 15) {
            tooLong.add(node.toString());
        }
        node.forEach(child -> numbers(child, tooLong));
    }

    private static ObjectNode obj(ObjectNode doc, String pointer) {
        return (ObjectNode) doc.at(pointer);
    }

    private static JsonNode post() {
        return spec().path("paths").path(SUBMISSIONS).path("post");
    }

    private static JsonNode example(String type) {
        JsonNode value = spec().path("components").path("examples").path(type).path("value");
        assertTrue(value.isObject(), "example " + type + " has a value");
        return value;
    }

    private static Set<String> exampleNames() {
        return names(post().path("requestBody").path("content").path("application/json").path("examples"));
    }

    private static Set<String> names(JsonNode object) {
        Set<String> out = new TreeSet<>();
        object.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static SchemaPaths paths() {
        return new SchemaPaths(spec());
    }

    private static String text(JsonNode doc) {
        try {
            return JSON.writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static synchronized JsonNode spec() {
        if (spec == null) {
            String served = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200).extract().asString();
            try {
                spec = JSON.readTree(served);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        return spec;
    }

    private static synchronized OpenApiInteractionValidator validator() {
        if (validator == null) {
            validator = OpenApiInteractionValidator.createForInlineApiSpecification(text(spec())).build();
        }
        return validator;
    }
}
