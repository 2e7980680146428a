package vn.danvan.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The production realm (docker/keycloak/danvan-realm.prod.json, imported by docker/docker-compose.yml) carries no
 * people and no secret, locks out password guessing, and otherwise stays the same realm as the demo one of make run.
 */
class ProductionRealmTest {

    static final Path PROD_REALM = Path.of("../docker/keycloak/danvan-realm.prod.json");
    static final Path DEMO_REALM = Path.of("../docker/keycloak/danvan-realm.json");
    static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{[A-Z][A-Z0-9_]*}");

    private final JsonNode realm = read(PROD_REALM);
    private final JsonNode demo = read(DEMO_REALM);

    @Test
    void hasNoPeopleOnlyTheServiceAccountsOfItsClients() {
        for (JsonNode user : realm.path("users")) {
            String client = user.path("serviceAccountClientId").asText("");
            assertFalse(client.isEmpty(), "a person in the production realm: " + user.path("username").asText());
            assertTrue(clientIds().contains(client), client);
            assertTrue(clientNamed(client).path("serviceAccountsEnabled").asBoolean(), client);
            assertFalse(user.has("credentials"), user.path("username").asText());
        }
        assertFalse(realm.toString().contains("\"credentials\""));
    }

    @Test
    void keepsNoSecretInClearOnlyPlaceholders() {
        List<String> secrets = new ArrayList<>();
        collectSecrets(realm, "", secrets);
        assertFalse(secrets.isEmpty(), "the confidential client's secret is expected, as a placeholder");
        for (String entry : secrets) {
            String value = entry.substring(entry.indexOf('=') + 1);
            assertTrue(PLACEHOLDER.matcher(value).matches(), "not a ${PLACEHOLDER}: " + entry);
        }
        assertFalse(realm.toString().contains("changeme"), "a demo secret");
    }

    @Test
    void locksOutPasswordGuessingAndWantsTls() {
        assertEquals("external", realm.path("sslRequired").asText());
        assertTrue(realm.path("bruteForceProtected").asBoolean());
        int failures = realm.path("failureFactor").asInt();
        assertTrue(failures >= 3 && failures <= 10, "failureFactor " + failures);
        assertTrue(realm.path("maxFailureWaitSeconds").asInt() >= 300, "a lockout of at least 5 minutes");
        String policy = realm.path("passwordPolicy").asText();
        Matcher length = Pattern.compile("\\blength\\((\\d+)\\)").matcher(policy);
        assertTrue(length.find() && Integer.parseInt(length.group(1)) >= 12, policy);
        assertTrue(policy.contains("notUsername"), policy);
        assertFalse(realm.path("registrationAllowed").asBoolean());
    }

    @Test
    void noClientTakesPasswordsOrHasLocalUrls() {
        assertFalse(clientIds().contains("danvan-scripts"));
        for (JsonNode client : realm.path("clients")) {
            String id = client.path("clientId").asText();
            assertFalse(client.path("directAccessGrantsEnabled").asBoolean(), id + " allows the password grant");
            assertFalse(client.path("implicitFlowEnabled").asBoolean(), id + " allows the implicit flow");
            List<String> urls = new ArrayList<>();
            client.path("redirectUris").forEach(u -> urls.add(u.asText()));
            urls.add(client.path("rootUrl").asText(""));
            for (String url : urls) {
                assertFalse(url.contains("localhost") || url.contains("127.0.0.1"), id + ": " + url);
                assertTrue(url.isEmpty() || url.startsWith("${"), id + ": not from the deployment's settings: " + url);
            }
        }
    }

    @Test
    void isTheDemoRealmOtherwise() {
        // Same realm roles, clients (but the scripts' one), mappers and user profile: a change to the demo realm
        // must be made here too.
        assertEquals(demo.path("roles"), realm.path("roles"));
        assertEquals(demo.path("components"), realm.path("components"));
        Set<String> demoClients = new TreeSet<>();
        demo.path("clients").forEach(c -> demoClients.add(c.path("clientId").asText()));
        demoClients.remove("danvan-scripts");
        assertEquals(demoClients, clientIds());
        for (String id : clientIds()) {
            assertEquals(withoutDeploymentValues(clientIn(demo, id)), withoutDeploymentValues(clientNamed(id)), id);
        }
        for (String key : List.of("realm", "enabled", "accessTokenLifespan", "ssoSessionIdleTimeout",
                "ssoSessionMaxLifespan", "internationalizationEnabled", "supportedLocales", "defaultLocale",
                "loginWithEmailAllowed", "duplicateEmailsAllowed", "editUsernameAllowed")) {
            assertEquals(demo.path(key), realm.path(key), key);
        }
    }

    /** A client without what a deployment sets: its URLs, secret, description and hard-coded claim values. */
    private static JsonNode withoutDeploymentValues(JsonNode client) {
        ObjectNode copy = client.deepCopy();
        copy.remove(List.of("rootUrl", "redirectUris", "secret", "description"));
        copy.path("protocolMappers").forEach(m -> ((ObjectNode) m.path("config")).remove("claim.value"));
        return copy;
    }

    private static void collectSecrets(JsonNode node, String path, List<String> found) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                String name = field.getKey().toLowerCase();
                boolean secretName = (name.contains("secret") || name.contains("password"))
                        && !name.equals("passwordpolicy");
                if (secretName && field.getValue().isTextual()) {
                    found.add(path + "/" + field.getKey() + "=" + field.getValue().asText());
                }
                collectSecrets(field.getValue(), path + "/" + field.getKey(), found);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectSecrets(node.get(i), path + "/" + i, found);
            }
        }
    }

    private Set<String> clientIds() {
        Set<String> ids = new TreeSet<>();
        realm.path("clients").forEach(c -> ids.add(c.path("clientId").asText()));
        return ids;
    }

    private JsonNode clientNamed(String clientId) {
        return clientIn(realm, clientId);
    }

    private static JsonNode clientIn(JsonNode realm, String clientId) {
        for (JsonNode c : realm.path("clients")) {
            if (c.path("clientId").asText().equals(clientId)) {
                return c;
            }
        }
        throw new AssertionError("no client " + clientId);
    }

    static JsonNode read(Path file) {
        try {
            return new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new AssertionError("cannot read " + file.toAbsolutePath(), e);
        }
    }
}
