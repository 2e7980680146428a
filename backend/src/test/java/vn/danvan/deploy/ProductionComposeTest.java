package vn.danvan.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * docker/docker-compose.yml, the deployment path: every secret comes from docker/.env (docker/prod-secrets.sh) with no
 * default to fall back on, Keycloak runs in production mode on the production realm, demo data is off.
 */
class ProductionComposeTest {

    static final Path COMPOSE = Path.of("../docker/docker-compose.yml");

    /** ${NAME...} references in the file: the name and what follows it (":-default", ":?message", ...). */
    static final Pattern REFERENCE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)([^}]*)}");

    private final String text = read();
    private final JsonNode compose = parse(text);

    @Test
    void everySecretIsRequiredWithoutADefault() {
        Matcher m = REFERENCE.matcher(text);
        int secrets = 0;
        while (m.find()) {
            String name = m.group(1);
            if (name.contains("PASSWORD") || name.contains("SECRET")) {
                if (name.startsWith("DANVAN_SMTP_")) {
                    assertEquals(":-", m.group(2), "the relay's account is optional, and empty by default");
                    continue;
                }
                secrets++;
                assertTrue(m.group(2).startsWith(":?"),
                        name + " must be required (${" + name + ":?...}): " + m.group());
            }
        }
        assertTrue(secrets >= 5, "the database, Keycloak's database and admin, the portal's secret: " + secrets);
    }

    @Test
    void noDemoValueIsLeft() {
        for (String demo : List.of("changeme", "PASSWORD: admin", "PASSWORD: danvan", ":-admin}", "start-dev",
                "./keycloak/danvan-realm.json:")) {
            assertFalse(text.contains(demo), demo);
        }
        assertEquals("${DANVAN_DEMO_DATA:-false}", environment("backend").path("DANVAN_DEMO_DATA").asText());
    }

    @Test
    void keycloakRunsInProductionModeOnTheProductionRealm() {
        JsonNode keycloak = compose.path("services").path("keycloak");
        assertEquals("start", keycloak.path("command").path(0).asText());
        assertTrue(keycloak.path("volumes").toString().contains("./keycloak/danvan-realm.prod.json:"));
        assertEquals("postgres", environment("keycloak").path("KC_DB").asText());
        // Every placeholder of the realm file is given to Keycloak.
        Matcher m = ProductionRealmTest.PLACEHOLDER
                .matcher(ProductionRealmTest.read(ProductionRealmTest.PROD_REALM).toString());
        while (m.find()) {
            String name = m.group().substring(2, m.group().length() - 1);
            assertTrue(environment("keycloak").has(name), "Keycloak needs " + name + " for the realm import");
        }
    }

    @Test
    void onlyTheWebAppAndKeycloakArePublished() {
        for (Map.Entry<String, JsonNode> service : (Iterable<Map.Entry<String, JsonNode>>) () -> compose
                .path("services").fields()) {
            for (JsonNode port : service.getValue().path("ports")) {
                String mapping = port.asText();
                boolean local = mapping.startsWith("127.0.0.1:");
                assertTrue(local || mapping.equals("80:80") || mapping.equals("8180:8080"),
                        service.getKey() + " publishes " + mapping + " to every network");
            }
        }
    }

    private JsonNode environment(String service) {
        return compose.path("services").path(service).path("environment");
    }

    private static String read() {
        try {
            return Files.readString(COMPOSE);
        } catch (IOException e) {
            throw new AssertionError("cannot read " + COMPOSE.toAbsolutePath(), e);
        }
    }

    private static JsonNode parse(String yaml) {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(yaml);
        } catch (IOException e) {
            throw new AssertionError("docker-compose.yml is not YAML", e);
        }
    }
}
