package cn.npa.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.npa.common.security.Roles;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** deploy/keycloak/npa-realm.json: the roles the services check, the groups and inst claims, no secret. */
class KeycloakRealmTest {

    private static final JsonNode REALM = Manifests.json(Manifests.root().resolve("deploy/keycloak/npa-realm.json"));

    @Test
    @DisplayName("the realm defines exactly the roles of cn.npa.common.security.Roles")
    void roles() {
        Set<String> realmRoles = new TreeSet<>();
        REALM.path("roles").path("realm").forEach(r -> realmRoles.add(r.path("name").asText()));
        assertEquals(new TreeSet<>(List.of(Roles.BANK, Roles.BUREAU, Roles.CBRC, Roles.ADMIN, Roles.SERVICE)), realmRoles);
    }

    @Test
    @DisplayName("a default client scope maps the realm roles to groups and the user attribute inst to the inst claim")
    void claimMappers() {
        JsonNode scope = null;
        for (JsonNode s : REALM.path("clientScopes")) {
            if (s.path("name").asText().equals(REALM.path("defaultDefaultClientScopes").get(0).asText())) {
                scope = s;
            }
        }
        assertTrue(scope != null, "the default client scope is defined");
        List<String> mappers = new ArrayList<>();
        for (JsonNode m : scope.path("protocolMappers")) {
            mappers.add(m.path("protocolMapper").asText() + " " + m.path("config").path("user.attribute").asText("") + " -> "
                    + m.path("config").path("claim.name").asText(""));
            if ("groups".equals(m.path("config").path("claim.name").asText())) {
                assertEquals("true", m.path("config").path("multivalued").asText(), "groups is a list");
            }
        }
        assertTrue(mappers.contains("oidc-usermodel-realm-role-mapper  -> groups"), mappers.toString());
        assertTrue(mappers.contains("oidc-usermodel-attribute-mapper inst -> inst"), mappers.toString());
        assertTrue(mappers.stream().anyMatch(m -> m.startsWith("oidc-sub-mapper")), "sub is in the access token");
    }

    @Test
    @DisplayName("users may not edit their own inst attribute")
    void instIsAdminEditedOnly() throws Exception {
        String config = REALM.path("components").path("org.keycloak.userprofile.UserProfileProvider").get(0)
                .path("config").path("kc.user.profile.config").get(0).asText();
        JsonNode profile = Manifests.JSON.readTree(config);
        JsonNode inst = null;
        for (JsonNode a : profile.path("attributes")) {
            if ("inst".equals(a.path("name").asText())) {
                inst = a;
            }
        }
        assertTrue(inst != null, "inst is a declared attribute");
        assertEquals("[\"admin\"]", inst.path("permissions").path("edit").toString());
    }

    @Test
    @DisplayName("no client secret, password or credential in the realm export")
    void noSecrets() {
        assertEquals(List.of(), Checks.noInlineCredentials("realm", REALM));
        REALM.path("users").forEach(u -> assertFalse(u.has("credentials"), u.path("username").asText() + " has credentials"));
    }

    @Test
    @DisplayName("the calling services get their token by client credentials: a confidential client each, secret from the environment, role service only")
    void serviceClients() {
        for (String id : List.of("npa-submission-service", "npa-report-service")) {
            JsonNode client = null;
            for (JsonNode c : REALM.path("clients")) {
                if (id.equals(c.path("clientId").asText())) {
                    client = c;
                }
            }
            assertTrue(client != null, id + " is a client of the realm");
            assertTrue(client.path("serviceAccountsEnabled").asBoolean(), id + ": client credentials");
            assertFalse(client.path("publicClient").asBoolean(true), id + " is confidential");
            assertFalse(client.path("standardFlowEnabled").asBoolean(true), id + ": no browser login");
            assertFalse(client.path("directAccessGrantsEnabled").asBoolean(true), id + ": no password grant");
            assertTrue(client.path("secret").asText().matches("\\$\\{NPA_[A-Z_]+_CLIENT_SECRET}"), id + ": the secret comes from the environment");
            JsonNode account = null;
            for (JsonNode u : REALM.path("users")) {
                if (id.equals(u.path("serviceAccountClientId").asText())) {
                    account = u;
                }
            }
            assertTrue(account != null, id + " has its service account");
            assertEquals("[\"" + Roles.SERVICE + "\"]", account.path("realmRoles").toString(), id + " holds the service role only");
        }
    }
}
