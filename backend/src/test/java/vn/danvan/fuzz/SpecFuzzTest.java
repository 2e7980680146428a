package vn.danvan.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.quarkus.test.junit.QuarkusTest;

import vn.danvan.testing.Api;
import vn.danvan.testing.TaskFixtures;
import vn.danvan.testing.Tokens;

/**
 * A spec-driven fuzz test: walks openapi.yaml and sends every operation generated input, most of it malformed (wrong
 * types, out-of-range numbers, huge strings, invalid enums and dates, missing required and extra fields, unicode edge
 * cases, bad JSON, empty bodies, odd path ids and query values), with the tokens of several roles and scopes. Fails on
 * any 5xx, and on any 4xx that is not problem+json. The seed is fixed, so a failure is reproduced by running the test
 * again; each failure is printed with its request.
 */
@QuarkusTest
class SpecFuzzTest {

    private static final long SEED = 20_261_203L;
    private static final int REQUESTS_PER_OPERATION = 70;

    private static final List<String> TOKENS = List.of(Tokens.PROVINCE_EDITOR, Tokens.PROVINCE_ADMIN,
            Tokens.PROVINCE_LEADER, Tokens.COMMUNE_EDITOR, Tokens.COMMUNE_REPORTER, Tokens.CENTRAL_ADMIN,
            Tokens.OTHER_PROVINCE_ADMIN, Tokens.token("portal.angiang", Tokens.PROVINCE, null, "integration"),
            Tokens.token("all.angiang", Tokens.PROVINCE, "91-BTGDV", "admin", "editor", "reporter", "appraiser",
                    "leader"));

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void noInputGivesA5xxOrAnErrorThatIsNotProblemJson() throws IOException, InterruptedException {
        JsonNode contract = new ObjectMapper(new YAMLFactory()).readTree(Api.CONTRACT_FILE.toFile());
        int port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        List<String> ids = realIds();
        Generator generator = new Generator(contract, ids);
        List<String> failures = new ArrayList<>();
        int sent = 0;
        int operations = 0;
        Iterator<Map.Entry<String, JsonNode>> paths = contract.get("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields();
            while (ops.hasNext()) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (!List.of("get", "post", "put", "patch", "delete").contains(op.getKey())) {
                    continue;
                }
                operations++;
                Random random = new Random(SEED ^ (path.getKey() + op.getKey()).hashCode());
                for (int i = 0; i < REQUESTS_PER_OPERATION; i++) {
                    Generator.Request request = generator.request(random, path.getKey(), path.getValue(), op.getKey(),
                            op.getValue());
                    String token = TOKENS.get(random.nextInt(TOKENS.size()));
                    HttpRequest.Builder builder = HttpRequest
                            .newBuilder(URI.create("http://localhost:" + port + request.target()))
                            .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token)
                            .header("Accept", "application/json, application/problem+json, */*");
                    if (request.contentType() != null) {
                        builder.header("Content-Type", request.contentType());
                    }
                    builder.method(op.getKey().toUpperCase(),
                            request.body() == null ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofByteArray(request.body()));
                    HttpResponse<String> response;
                    try {
                        response = http.send(builder.build(),
                                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                    } catch (IOException e) {
                        failures.add("no answer (" + e.getMessage() + ") for " + op.getKey().toUpperCase() + " "
                                + abbreviate(request.target(), 300) + " body " + abbreviate(request.body() == null ? "-"
                                        : new String(request.body(), StandardCharsets.UTF_8), 400));
                        continue;
                    } finally {
                        sent++;
                    }
                    int status = response.statusCode();
                    String type = response.headers().firstValue("Content-Type").orElse("");
                    if (status >= 500 || status >= 400 && !type.startsWith("application/problem+json")) {
                        failures.add(status + " " + type + " for " + op.getKey().toUpperCase() + " "
                                + abbreviate(request.target(), 300) + " body "
                                + abbreviate(request.body() == null ? "-"
                                        : new String(request.body(), StandardCharsets.UTF_8), 400)
                                + " -> " + abbreviate(response.body(), 300));
                    }
                }
            }
        }
        System.out.printf("SpecFuzzTest: %d requests to %d operations (seed %d), %d failures%n", sent, operations, SEED,
                failures.size());
        failures.stream().collect(java.util.stream.Collectors.groupingBy(f -> f.substring(0, f.indexOf(" for "))))
                .forEach((kind, list) -> {
                    System.out.println("  " + list.size() + " x " + kind);
                    list.stream().limit(4).forEach(f -> System.out.println("    " + abbreviate(f, 700)));
                });
        assertTrue(operations >= 50, "the contract's operations were walked");
        assertTrue(failures.isEmpty(), failures.size() + " answers were 5xx or not problem+json, e.g.\n"
                + String.join("\n", failures.subList(0, Math.min(10, failures.size()))));
    }

    /** Ids of real records the callers can reach, so that generated requests also get past the 404s. */
    private static List<String> realIds() {
        long directive = ((Number) TaskFixtures.plan().get("id")).longValue();
        int assignment = TaskFixtures.assignmentOfRachGiaDue(null, "Nhiệm vụ cho kiểm thử ngẫu nhiên");
        String report = TaskFixtures.currentReportOf(TaskFixtures.newOrganization(), "Báo cáo cho kiểm thử ngẫu nhiên");
        return List.of(String.valueOf(directive), String.valueOf(assignment),
                report.substring(report.lastIndexOf('/') + 1), String.valueOf(TaskFixtures.board()));
    }

    private static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "…(" + s.length() + " chars)";
    }
}
