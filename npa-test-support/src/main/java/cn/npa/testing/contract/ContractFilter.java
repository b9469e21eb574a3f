package cn.npa.testing.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;
import java.util.stream.Collectors;

/**
 * A rest-assured filter checking every call under {@code /api/} against the service's served OpenAPI document
 * (swagger-request-validator): the response always; the request whenever the service accepted it (a status below 400).
 * A request the document refuses but the service accepts is a contract mismatch; one the service refuses (a test of
 * bad input on purpose) only needs its refusal, a 4xx problem+json, to match the document.
 */
public final class ContractFilter implements OrderedFilter {

    /** Which token a request needs is proven per operation by each service's SecurityMatrixTest, not here. */
    private static final LevelResolver LEVELS = LevelResolver.create()
            .withLevel("validation.request.security", ValidationReport.Level.IGNORE)
            .build();

    private final Function<String, String> documents;
    private final Map<String, OpenApiInteractionValidator> validators = new ConcurrentHashMap<>();

    /** {@code documents} gives the served document of a service address such as {@code http://localhost:41234}. */
    ContractFilter(Function<String, String> documents) {
        this.documents = documents;
    }

    private OpenApiInteractionValidator validator(URI uri) {
        String base = uri.getScheme() + "://" + uri.getHost() + ":" + uri.getPort();
        return validators.computeIfAbsent(base, b -> OpenApiInteractionValidator
                .createForInlineApiSpecification(documents.apply(b)).withLevelResolver(LEVELS).build());
    }

    @Override
    public int getOrder() {
        // last before the request is sent, so that headers and bodies set by other filters are seen
        return OrderedFilter.LOWEST_PRECEDENCE;
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec, FilterContext ctx) {
        Response response = ctx.next(request, responseSpec);
        URI uri = URI.create(request.getURI());
        String path = uri.getRawPath();
        if (path == null || !path.startsWith("/api/")) {
            return response;
        }
        OpenApiInteractionValidator validator = validator(uri);
        Request sent = RestAssuredRequest.of(request);
        ValidationReport requestReport = validator.validateRequest(sent);
        int status = response.statusCode();
        boolean unknownOperation = requestReport.getMessages().stream().anyMatch(m -> m.getKey().equals("validation.request.path.missing")
                || m.getKey().equals("validation.request.operation.notAllowed"));
        if (unknownOperation) {
            // an operation the document does not have: the service must not serve it either
            if (status < 400) {
                throw new AssertionError(request.getMethod() + " " + path + " answered " + status + " but the OpenAPI document has no "
                        + "such operation: " + messages(requestReport));
            }
            return response;
        }
        if (status < 400 && requestReport.hasErrors()) {
            throw new AssertionError(request.getMethod() + " " + path + " was accepted (" + status + ") although the OpenAPI "
                    + "document refuses the request: " + messages(requestReport));
        }
        ValidationReport responseReport = validator.validateResponse(path, sent.getMethod(), checked(response));
        if (responseReport.hasErrors()) {
            throw new AssertionError(request.getMethod() + " " + path + " answered " + status + " differently from the OpenAPI "
                    + "document: " + messages(responseReport) + "\nbody: " + abbreviate(response.asString()));
        }
        return response;
    }

    /**
     * The response as the document describes it: a body sent gzip-compressed (a test that turned rest-assured's decoders
     * off sees the raw bytes) is checked unpacked, as any client reads it.
     */
    private static com.atlassian.oai.validator.model.Response checked(Response response) {
        byte[] body = response.asByteArray();
        boolean gzip = "gzip".equalsIgnoreCase(response.header("Content-Encoding")) && body.length > 2
                && (body[0] & 0xff) == 0x1f && (body[1] & 0xff) == 0x8b;
        if (!gzip) {
            return RestAssuredResponse.of(response);
        }
        SimpleResponse.Builder unpacked = SimpleResponse.Builder.status(response.statusCode());
        response.headers().forEach(h -> {
            if (!h.getName().equalsIgnoreCase("Content-Encoding") && !h.getName().equalsIgnoreCase("Content-Length")) {
                unpacked.withHeader(h.getName(), h.getValue());
            }
        });
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return unpacked.withBody(new String(in.readAllBytes(), StandardCharsets.UTF_8)).build();
        } catch (IOException e) {
            throw new AssertionError("a body sent as gzip cannot be unpacked: " + e.getMessage(), e);
        }
    }

    private static String messages(ValidationReport report) {
        List<ValidationReport.Message> errors = report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR).toList();
        return errors.stream().map(m -> "[" + m.getKey() + "] " + m.getMessage()).collect(Collectors.joining("; "));
    }

    private static String abbreviate(String body) {
        return body == null || body.length() <= 2000 ? body : body.substring(0, 2000) + "...";
    }
}
