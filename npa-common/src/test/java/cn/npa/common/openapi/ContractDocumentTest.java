package cn.npa.common.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.junit.jupiter.api.Test;

/** The shared frame of every service's document: roles out of scopes, problem+json errors, required and nullable fields. */
class ContractDocumentTest {

    @Test
    void rolesMoveFromScopesToAnExtensionAndErrorsBecomeProblems() {
        Operation op = OASFactory.createOperation().operationId("getThing").summary("A thing")
                .addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("SecurityScheme", List.of("bank", "bureau")))
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("200", OASFactory.createAPIResponse().description("OK"))
                        .addAPIResponse("404", OASFactory.createAPIResponse().description("None").content(OASFactory.createContent()
                                .addMediaType("application/json", OASFactory.createMediaType().schema(OASFactory.createSchema().type(
                                        List.of(Schema.SchemaType.STRING)))))));
        OpenAPI api = OASFactory.createOpenAPI().paths(OASFactory.createPaths().addPathItem("/api/v1/things/{id}",
                OASFactory.createPathItem().GET(op)));

        new ContractDocument().filterOpenAPI(api);

        assertEquals(List.of("bank", "bureau"), op.getExtensions().get(ContractDocument.ROLES));
        assertEquals(List.of(), op.getSecurity().get(0).getSchemes().get(ContractDocument.SCHEME));
        assertEquals(1, api.getComponents().getSecuritySchemes().size());
        for (String code : List.of("400", "401", "403", "404")) {
            var media = op.getResponses().getAPIResponse(code).getContent().getMediaType("application/problem+json");
            assertEquals("#/components/schemas/Problem", media.getSchema().getRef(), code);
        }
        assertTrue(op.getResponses().getDefaultValue().getContent().getMediaType("application/problem+json") != null);
        assertEquals(List.of("type", "title", "status"), api.getComponents().getSchemas().get("Problem").getRequired());
        assertEquals("3.0.3", api.getOpenapi());
    }

    @Test
    void responseRecordsRequireEveryPropertyAndNullableDatesAreInlined() {
        Schema instant = OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).format("date-time");
        Schema at = OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING, Schema.SchemaType.NULL))
                .allOf(List.of(OASFactory.createSchema().ref("Instant")));
        Schema since = OASFactory.createSchema().ref("Instant").type(List.of(Schema.SchemaType.STRING, Schema.SchemaType.NULL));
        Schema view = OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .addProperty("id", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER))).addProperty("at", at)
                .addProperty("since", since);
        Schema optional = OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .addProperty("x", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)))
                .addExtension(ContractDocument.ALL_OPTIONAL, "true");
        OpenAPI api = OASFactory.createOpenAPI().components(OASFactory.createComponents()
                .addSchema("Instant", instant).addSchema("View", view).addSchema("Sparse", optional));

        new ContractDocument().filterOpenAPI(api);

        assertEquals(List.of("id", "at", "since"), view.getRequired());
        assertNull(since.getRef());
        assertEquals("date-time", since.getFormat());
        assertTrue(since.getType().contains(Schema.SchemaType.NULL), "still nullable: " + since.getType());
        assertNull(at.getAllOf());
        assertEquals("date-time", at.getFormat());
        assertTrue(at.getType().contains(Schema.SchemaType.NULL), "still nullable: " + at.getType());
        assertNull(optional.getRequired());
        assertTrue(optional.getExtensions() == null || optional.getExtensions().isEmpty());
    }

    @Test
    void aPropertyOfAnEnumSchemaIsTheEnumNotAnObject() {
        Schema verdict = OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).enumeration(List.of("ACCEPTED", "REFUSED"));
        Schema detail = OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT)).addProperty("x",
                OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)));
        Schema typed = OASFactory.createSchema().ref("Verdict").type(List.of(Schema.SchemaType.OBJECT));
        Schema object = OASFactory.createSchema().ref("Detail").type(List.of(Schema.SchemaType.OBJECT));
        Schema view = OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT)).addProperty("verdict", typed)
                .addProperty("detail", object);
        OpenAPI api = OASFactory.createOpenAPI().components(OASFactory.createComponents()
                .addSchema("Verdict", verdict).addSchema("Detail", detail).addSchema("View", view));

        new ContractDocument().filterOpenAPI(api);

        assertNull(typed.getType(), "a string enum is not an object");
        assertEquals("#/components/schemas/Verdict", typed.getRef());
        assertEquals(List.of(Schema.SchemaType.OBJECT), object.getType(), "a reference to an object stays one");
    }
}
