package cn.npa.common.openapi;

import cn.npa.common.problem.RuleId;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;

/** The one problem+json schema (RFC 9457 with {@code errors[]} of {rule, path, message}) every error response refers to. */
final class ProblemSchemas {

    static final String PROBLEM = "Problem";
    static final String FIELD_ERROR = "FieldError";

    private ProblemSchemas() {
    }

    static Schema problem() {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description("An RFC 9457 problem (`application/problem+json`), the body of every error answer. Nothing of a "
                        + "refused request is stored. `errors` names every finding at once wherever the client has something "
                        + "to fix (400, 406, 413, 414, 415, 422) and for refused tokens (401, rule TOKEN).")
                .required(List.of("type", "title", "status"))
                .addProperty("type", text("The kind of problem, a stable URN: e.g. `urn:npa:problem:validation` (422), "
                        + "`urn:npa:problem:malformed-json`, `urn:npa:problem:forbidden`, `urn:npa:problem:not-found`.")
                        .pattern("^urn:npa:problem:[a-z0-9-]+$").example("urn:npa:problem:validation"))
                .addProperty("title", text("A short summary of the kind of problem").example("The request breaks validation rules"))
                .addProperty("status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).format("int32")
                        .minimum(java.math.BigDecimal.valueOf(400)).maximum(java.math.BigDecimal.valueOf(599))
                        .description("The HTTP status of the answer").example(422))
                .addProperty("detail", text("What happened in this request, in plain words")
                        .example("The report breaks 2 rule(s); nothing was stored."))
                .addProperty("requestId", text("The request id the service logged the call under (also the X-Request-Id "
                        + "header); quote it when asking about a refusal").example("5f0c2a9e-1d7b-4c55-9a51-3e2f8e0b7a14"))
                .addProperty("errors", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY))
                        .description("Every finding, each with its rule id and where it sits")
                        .items(OASFactory.createSchema().ref(FIELD_ERROR)));
    }

    static Schema fieldError() {
        String rules = Arrays.stream(RuleId.values()).map(RuleId::code).distinct().collect(Collectors.joining(", "));
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description("One finding: the rule broken, where, and a message an operator understands.")
                .required(List.of("rule", "path", "message"))
                .addProperty("rule", text("The rule id (docs: domain spec section 4 and `RuleId`): " + rules).example("V3"))
                .addProperty("path", text("Where: a JSON path into the body such as `$.loans.byIndustry[3].npl`, `$` for the "
                        + "whole body, or the name of a parameter or header").example("$.loans.byIndustry"))
                .addProperty("message", text("What is wrong, in plain words")
                        .example("industry loan totals add up to 9000.00 but total loans (the five grades) is 10000.00"));
    }

    private static Schema text(String description) {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).description(description);
    }
}
