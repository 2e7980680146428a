package vn.danvan.common.limits;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.danvan.testing.Problems.assertProblem;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.quarkus.test.junit.QuarkusTest;

import vn.danvan.testing.Api;
import vn.danvan.testing.Tokens;

/**
 * Every operation of the contract answers a request of the wrong shape with a problem+json 4xx and its stable type: a
 * request target over 8 KiB (414), headers over 16 KiB (431), a declared body over the limit (413, before a byte of it
 * is read), a wrong content type (415), a body that is not JSON (400). The operations are read from openapi.yaml, so a
 * new one is covered the day it is added. Malformed multipart bodies are {@code MalformedUploadTest}'s.
 */
@QuarkusTest
class RequestShapeTest {

    /** Every role but integration's, at the central level: no 403 stands between the request and its reading. */
    private static final String EVERY_ROLE = Tokens.token("all.trunguong", Tokens.CENTRAL, "TW-BTGDV", "admin",
            "editor", "reporter", "appraiser", "leader");

    record Operation(String method, String path, String bodyType, boolean bodyRequired) {
        String url() {
            return path.replaceAll("\\{[^}]+}", "1");
        }

        @Override
        public String toString() {
            return method.toUpperCase() + " " + path;
        }
    }

    static List<Operation> operations() throws IOException {
        JsonNode contract = new ObjectMapper(new YAMLFactory()).readTree(Api.CONTRACT_FILE.toFile());
        List<Operation> all = new ArrayList<>();
        contract.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (List.of("get", "post", "put", "patch", "delete").contains(op.getKey())) {
                JsonNode content = op.getValue().path("requestBody").path("content");
                String bodyType = content.isMissingNode() ? null : content.fieldNames().next();
                all.add(new Operation(op.getKey(), path.getKey(), bodyType,
                        op.getValue().path("requestBody").path("required").asBoolean(false)));
            }
        }));
        assertTrue(all.size() > 40, "the contract's operations were read");
        return all;
    }

    static Stream<Operation> withJsonBody() throws IOException {
        return operations().stream().filter(o -> "application/json".equals(o.bodyType()));
    }

    static Stream<Operation> withBody() throws IOException {
        return operations().stream().filter(o -> o.bodyType() != null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void aRequestTargetOver8KiBIs414(Operation op) {
        String url = op.url() + "?q=" + "a".repeat(HttpLimits.MAX_URI_CHARS);
        assertProblem(given().auth().oauth2(EVERY_ROLE).request(op.method(), url).then(), 414, "uri-too-long");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void headersOver16KiBAre431(Operation op) {
        assertProblem(given().auth().oauth2(EVERY_ROLE).header("X-Padding", "p".repeat(HttpLimits.MAX_HEADER_BYTES))
                .request(op.method(), op.url()).then(), 431, "headers-too-large");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("withBody")
    void aDeclaredBodyOverTheLimitIs413BeforeItIsRead(Operation op) throws IOException {
        boolean multipart = op.bodyType().startsWith("multipart/");
        long declared = (multipart ? HttpLimits.MAX_MULTIPART_BYTES : HttpLimits.MAX_OTHER_BYTES) + 1;
        String contentType = multipart ? "multipart/form-data; boundary=xyz" : "application/json";
        RawResponse response = raw(op.method().toUpperCase() + " " + op.url() + " HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: Bearer " + EVERY_ROLE + "\r\nContent-Type: " + contentType + "\r\nContent-Length: "
                + declared + "\r\n\r\n{");
        assertEquals(413, response.status(), response.toString());
        assertTrue(response.contentType().startsWith("application/problem+json"), response.toString());
        assertTrue(response.body().contains("\"https://danvan.vn/problems/payload-too-large\""), response.toString());
        assertTrue(response.body().contains("\"field\":\"" + (multipart ? "file" : "body") + "\""),
                response.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("withBody")
    void aWrongContentTypeIs415(Operation op) {
        assertProblem(given().auth().oauth2(EVERY_ROLE).contentType("text/plain").body("{}")
                .request(op.method(), op.url()).then(), 415, "unsupported-media-type");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("withJsonBody")
    void aBodyThatIsNotJsonIs400(Operation op) {
        List<String> bodies = new ArrayList<>(List.of("{\"a\":", "not json", "[1,2", "\"\\ud800", "{}}"));
        if (op.bodyRequired()) {
            bodies.add(""); // an optional body may be left out: then the operation goes on to its 404
        }
        for (String body : bodies) {
            given().auth().oauth2(EVERY_ROLE).contentType("application/json").body(body).request(op.method(), op.url())
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("type", org.hamcrest.Matchers.oneOf("https://danvan.vn/problems/malformed-request",
                            "https://danvan.vn/problems/validation"));
        }
    }

    @org.junit.jupiter.api.Test
    void textWithANulCharacterOrALoneSurrogateIs400NamingTheField() {
        for (String subject : List.of("Kế hoạch \\u0000 năm 2026", "Kế hoạch \\ud800 năm 2026")) {
            String body = "{\"type\":\"PLAN\",\"number\":\"" + vn.danvan.testing.Fixtures.uniqueSequence()
                    + "-KH/BTGDVTU\",\"issuerId\":" + vn.danvan.testing.TaskFixtures.board()
                    + ",\"issueDate\":\"2026-03-02\",\"subject\":\"" + subject + "\"}";
            vn.danvan.testing.Problems.assertFieldError(given().auth().oauth2(Tokens.PROVINCE_EDITOR)
                    .contentType("application/json").body(body).post("/api/v1/directives").then(), "subject");
        }
        vn.danvan.testing.Problems.assertFieldError(given().auth().oauth2(Tokens.PROVINCE_EDITOR)
                .urlEncodingEnabled(false).get("/api/v1/directives?q=d%C3%A2n%00v%E1%BA%ADn").then(), "q");
        // (a surrogate's bytes in a URL are not UTF-8: they decode to U+FFFD, which is searchable)
    }

    record RawResponse(int status, String contentType, String body) {
    }

    /** Sends bytes as they are (a Content-Length no client library would send) and reads the answer to its end. */
    private static RawResponse raw(String request) throws IOException {
        int port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int n;
            String text = "";
            while ((n = in.read(buffer)) > 0) {
                all.write(buffer, 0, n);
                text = all.toString(StandardCharsets.UTF_8);
                int headEnd = text.indexOf("\r\n\r\n");
                String length = header(text, "content-length");
                if (headEnd > 0 && length != null && all.size() >= headEnd + 4 + Integer.parseInt(length.trim())) {
                    break;
                }
            }
            int headEnd = text.indexOf("\r\n\r\n");
            int status = Integer.parseInt(text.substring(9, 12));
            String type = header(text, "content-type");
            return new RawResponse(status, type == null ? "" : type, headEnd < 0 ? "" : text.substring(headEnd + 4));
        }
    }

    private static String header(String response, String name) {
        for (String line : response.split("\r\n")) {
            if (line.isEmpty()) {
                break;
            }
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                return line.substring(colon + 1).trim();
            }
        }
        return null;
    }
}
