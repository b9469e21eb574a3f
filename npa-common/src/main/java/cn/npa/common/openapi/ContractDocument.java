package cn.npa.common.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * What every service's OpenAPI document shares, applied at build time so that the document written to
 * target/openapi (linted and compared with docs/openapi/) is the one served: the servers, one bearer JWT scheme with
 * the allowed roles of each operation in {@code x-npa-roles} (not as scopes, which a plain bearer scheme has not), the
 * one problem+json schema on every error answer, and required properties on the records' schemas.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class ContractDocument implements OASFilter {

    /** The name of the security scheme every secured operation requires. */
    public static final String SCHEME = "bearerJwt";
    /** The operation extension listing the roles a token's {@code groups} claim must hold one of. */
    public static final String ROLES = "x-npa-roles";
    /**
     * The schema extension of a record written with {@code @JsonInclude(NON_NULL)} none of whose properties is always
     * there: its schema keeps them all optional (the extension itself is removed from the document).
     */
    public static final String ALL_OPTIONAL = "x-npa-all-optional";
    /**
     * The configuration naming the schemas of stored documents written with their nulls (see {@link NullableDocuments}).
     */
    public static final String NULLABLE_DOCUMENTS = "npa.openapi.nullable-documents";
    static final String PROBLEM_JSON = "application/problem+json";

    private static final Map<String, String> COMMON_ERRORS = new LinkedHashMap<>();

    static {
        COMMON_ERRORS.put("400", "A parameter or the body is unusable: every finding in errors[] (rule and path)");
        COMMON_ERRORS.put("401", "No valid bearer token (missing, expired, wrongly signed, or not fitting its institution: rule TOKEN)");
        COMMON_ERRORS.put("403", "The caller's role or scope does not allow this");
    }

    @Override
    public void filterOpenAPI(OpenAPI api) {
        // 3.0.3: request validators and client generators still read 3.1 schemas loosely (e.g. additionalProperties)
        api.setOpenapi("3.0.3");
        Components components = api.getComponents() == null ? OASFactory.createComponents() : api.getComponents();
        api.setComponents(components);
        components.addSchema(ProblemSchemas.PROBLEM, ProblemSchemas.problem());
        components.addSchema(ProblemSchemas.FIELD_ERROR, ProblemSchemas.fieldError());
        components.setSecuritySchemes(new LinkedHashMap<>(Map.of(SCHEME, scheme())));
        int port = ConfigProvider.getConfig().getOptionalValue("quarkus.http.port", Integer.class).orElse(8080);
        api.setServers(new ArrayList<>(List.of(OASFactory.createServer().url("http://localhost:" + port)
                .description("The embedded run on one machine (deploy/run-embedded.sh); in production the host of the "
                        + "service behind its ingress, same paths"))));
        if (api.getPaths() != null && api.getPaths().getPathItems() != null) {
            api.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach(
                    (method, op) -> operation(path, method, op)));
        }
        if (components.getSchemas() != null) {
            Set<String> requests = RequestSchemas.reachable(api);
            components.getSchemas().forEach((name, schema) -> {
                if (!requests.contains(name)) {
                    requireAllWhenUnstated(schema);
                }
            });
            ConfigProvider.getConfig().getOptionalValues(NULLABLE_DOCUMENTS, String.class)
                    .ifPresent(roots -> NullableDocuments.mark(components.getSchemas(), roots));
            NullableRefs.inline(components.getSchemas());
            EnumRefs.untype(components.getSchemas());
        }
    }

    private static SecurityScheme scheme() {
        return OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                .description("A signed (RS256) JWT with `sub`, `groups` (the roles: bank, bureau, cbrc, admin, service) and "
                        + "`inst` (the caller's institution code). Each operation lists the roles it admits in `x-npa-roles`; "
                        + "the service then narrows to the caller's scope (a bank: its own units; a bureau: its jurisdiction). "
                        + "Local tokens: deploy/token.sh; see docs/security.md.");
    }

    private static void operation(String path, PathItem.HttpMethod method, Operation op) {
        Set<String> roles = new LinkedHashSet<>();
        boolean secured = op.getSecurity() != null && !op.getSecurity().isEmpty();
        if (secured) {
            for (SecurityRequirement requirement : op.getSecurity()) {
                roles.addAll(ScopeLists.of(requirement));
            }
            op.setSecurity(new ArrayList<>(List.of(OASFactory.createSecurityRequirement().addScheme(SCHEME))));
            if (!roles.isEmpty()) {
                op.addExtension(ROLES, new ArrayList<>(roles));
                String who = "Roles: " + String.join(", ", roles) + ".";
                op.setDescription(op.getDescription() == null ? who : op.getDescription() + "\n\n" + who);
            }
        }
        APIResponses responses = op.getResponses() == null ? OASFactory.createAPIResponses() : op.getResponses();
        op.setResponses(responses);
        COMMON_ERRORS.forEach((code, text) -> {
            if (secured || !code.equals("401") && !code.equals("403")) {
                addIfMissing(responses, code, text);
            }
        });
        if (path.contains("{")) {
            addIfMissing(responses, "404", "Nothing of that id or code exists in the caller's scope");
        }
        if (op.getRequestBody() != null) {
            addIfMissing(responses, "413", "The body is larger than this operation accepts");
            addIfMissing(responses, "415", "The body is not sent with a media type this operation reads");
        }
        if (responses.getDefaultValue() == null) {
            responses.setDefaultValue(OASFactory.createAPIResponse()
                    .description("Any other error (e.g. 406, 414, 429, 503), always as problem+json"));
        }
        responses.getAPIResponses().forEach((code, response) -> {
            if (code.startsWith("4") || code.startsWith("5")) {
                problemContent(response);
            } else {
                dropEmptyContent(response);
            }
        });
        problemContent(responses.getDefaultValue());
    }

    private static void addIfMissing(APIResponses responses, String code, String description) {
        if (responses.getAPIResponse(code) == null) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description));
        }
    }

    /**
     * A success answer whose only content is the empty schema {@code {}} (a method returning a bare JAX-RS Response
     * without a documented entity) has no body: saying "some JSON" would make validators demand one.
     */
    private static void dropEmptyContent(APIResponse response) {
        Content content = response.getContent();
        if (content == null || content.getMediaTypes() == null || content.getMediaTypes().size() != 1) {
            return;
        }
        MediaType only = content.getMediaTypes().values().iterator().next();
        Schema s = only.getSchema();
        boolean empty = s == null || s.getRef() == null && (s.getType() == null || s.getType().isEmpty())
                && (s.getProperties() == null || s.getProperties().isEmpty()) && s.getItems() == null && s.getAllOf() == null;
        if (empty && only.getExample() == null && (only.getExamples() == null || only.getExamples().isEmpty())) {
            response.setContent(null);
        }
    }

    /** The answer is problem+json of the shared schema; examples given for it (or for plain JSON) are kept. */
    private static void problemContent(APIResponse response) {
        MediaType media = OASFactory.createMediaType();
        Content content = response.getContent();
        if (content != null && content.getMediaTypes() != null) {
            MediaType given = content.getMediaType(PROBLEM_JSON) != null ? content.getMediaType(PROBLEM_JSON)
                    : content.getMediaType("application/json");
            if (given != null) {
                media.setExample(given.getExample());
                media.setExamples(given.getExamples());
            }
        }
        media.setSchema(OASFactory.createSchema().ref(ProblemSchemas.PROBLEM));
        response.setContent(OASFactory.createContent().addMediaType(PROBLEM_JSON, media));
    }

    /**
     * A response record's schema that names no required property gets all of them: Jackson writes every component of a record
     * (nulls included) unless the record says otherwise with {@code @JsonInclude}, and those name their required ones
     * (or carry {@link #ALL_OPTIONAL}).
     */
    private static void requireAllWhenUnstated(Schema schema) {
        boolean allOptional = schema.getExtensions() != null && schema.getExtensions().containsKey(ALL_OPTIONAL)
                || schema instanceof io.smallrye.openapi.model.BaseModel<?> model && model.getAllProperties().containsKey(ALL_OPTIONAL);
        if (allOptional) {
            schema.removeExtension(ALL_OPTIONAL);
            return;
        }
        if (schema.getRef() == null && schema.getProperties() != null && !schema.getProperties().isEmpty()
                && (schema.getRequired() == null || schema.getRequired().isEmpty())) {
            schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
        }
    }
}
