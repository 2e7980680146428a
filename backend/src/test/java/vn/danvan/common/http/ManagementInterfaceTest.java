package vn.danvan.common.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import vn.danvan.testing.Tokens;

/**
 * Metrics and health are not on the public port of the packaged app: %prod turns the management interface on, and with
 * it on (as here) they answer only on the management port while the API and Swagger UI stay public.
 */
@QuarkusTest
@TestProfile(ManagementInterfaceTest.ManagementOn.class)
class ManagementInterfaceTest {

    static final int MANAGEMENT_TEST_PORT = 9011;

    /** What %prod sets at build time, with a test port that no locally running backend uses. */
    public static class ManagementOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.management.enabled", "true", "quarkus.management.test-port",
                    String.valueOf(MANAGEMENT_TEST_PORT));
        }
    }

    @Test
    void metricsAndHealthAreOnlyOnTheManagementPort() {
        given().auth().oauth2(Tokens.PROVINCE_ADMIN).get("/api/v1/me").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(404);
        given().get("/q/health/ready").then().statusCode(404);
        given().port(MANAGEMENT_TEST_PORT).get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count{method=\"GET\""));
        given().port(MANAGEMENT_TEST_PORT).get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void theContractAndSwaggerUiStayOnThePublicPort() {
        given().accept("application/json").queryParam("format", "json").get("/q/openapi").then().statusCode(200);
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void thePackagedAppHasItOn() throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/application.properties"))) {
            properties.load(reader);
        }
        assertEquals("true", properties.getProperty("%prod.quarkus.management.enabled"));
        assertEquals("false", properties.getProperty("quarkus.smallrye-openapi.management.enabled"));
        String port = properties.getProperty("quarkus.management.port");
        assertEquals("${DANVAN_MANAGEMENT_PORT:9001}", port);
        // Keycloak's own management port is 9000 on the same machine (make run).
        assertNotEquals("9000", port.replaceAll("\\$\\{[A-Z_]+:(\\d+)}", "$1"));
    }
}
