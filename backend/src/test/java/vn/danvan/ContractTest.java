package vn.danvan;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import io.quarkus.test.junit.QuarkusTest;

import vn.danvan.testing.Api;

/** openapi.yaml is the contract: the backend serves it as it is and implements exactly its operations. */
@QuarkusTest
class ContractTest {

    private static final Map<Class<?>, String> VERBS = Map.of(GET.class, "get", POST.class, "post", PUT.class, "put",
            DELETE.class, "delete", PATCH.class, "patch");

    private static JsonNode contract() throws IOException {
        return new ObjectMapper(new YAMLFactory()).readTree(Api.CONTRACT_FILE.toFile());
    }

    @Test
    void theServedSpecificationEqualsTheContract() throws IOException {
        String served = given().accept("application/json").queryParam("format", "json").get("/q/openapi").then()
                .statusCode(200).extract().asString();
        assertEquals(contract(), new ObjectMapper().readTree(served), "the backend must serve openapi.yaml unchanged");
    }

    @Test
    void theCodeImplementsExactlyTheOperationsOfTheContract() throws IOException {
        TreeSet<String> inContract = new TreeSet<>();
        Iterator<Map.Entry<String, JsonNode>> paths = contract().get("paths").fields();
        while (paths.hasNext()) {
            var path = paths.next();
            path.getValue().fields().forEachRemaining(op -> {
                if (VERBS.containsValue(op.getKey())) {
                    inContract.add(op.getKey().toUpperCase() + " " + path.getKey() + " "
                            + op.getValue().get("operationId").asText());
                }
            });
        }
        TreeSet<String> inCode = new TreeSet<>();
        for (JavaClass resource : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.danvan")) {
            if (!resource.isAnnotatedWith(Path.class)) {
                continue;
            }
            String base = resource.getAnnotationOfType(Path.class).value();
            for (JavaMethod method : resource.getMethods()) {
                for (var verb : VERBS.entrySet()) {
                    if (method.isAnnotatedWith(verb.getKey().getName())) {
                        String sub = method.isAnnotatedWith(Path.class) ? method.getAnnotationOfType(Path.class).value()
                                : "";
                        inCode.add(verb.getValue().toUpperCase() + " " + base + sub + " " + method.getName());
                    }
                }
            }
        }
        assertEquals(inContract, inCode,
                "each operation: same verb, path and operationId (= the resource method's name)");
    }

    @Test
    void everyOperationHasASummaryAndDocumentsItsErrors() throws IOException {
        List<String> missing = new ArrayList<>();
        contract().get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (!VERBS.containsValue(op.getKey())) {
                return;
            }
            JsonNode operation = op.getValue();
            String name = op.getKey() + " " + path.getKey();
            if (!operation.hasNonNull("summary")) {
                missing.add(name + ": summary");
            }
            List<String> expected = new ArrayList<>(List.of("401"));
            if (!path.getKey().equals("/api/v1/me")) {
                expected.add("400");
            }
            // the public showcase needs no login: nothing there is forbidden, a record not public is not found
            if (!path.getKey().equals("/api/v1/me") && !path.getKey().startsWith("/api/v1/public/")) {
                expected.add("403");
            }
            if (path.getKey().contains("{") || operation.get("responses").has("201")) {
                expected.add("404"); // a named record, or a new one that names others
            }
            if (op.getKey().equals("put") || operation.get("responses").has("201")) {
                expected.add("409"); // stale version, duplicate
            }
            for (String status : expected) {
                if (!operation.get("responses").has(status)) {
                    missing.add(name + ": " + status);
                }
            }
        }));
        assertTrue(missing.isEmpty(), "undocumented: " + missing);
    }
}
