package vn.danvan.common.error;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import vn.danvan.testing.Tokens;

/** Failures outside the contract's operations still answer in the one error shape. */
@QuarkusTest
class ProblemMappersTest {

    @Test
    void anUnknownPathIs404ProblemJson() {
        given().auth().oauth2(Tokens.PROVINCE_ADMIN).get("/api/v1/no-such-thing").then().statusCode(404)
                .contentType("application/problem+json").body("type", equalTo("https://danvan.vn/problems/not-found"));
    }

    @Test
    void anUnsupportedMethodIs405ProblemJson() {
        given().auth().oauth2(Tokens.PROVINCE_ADMIN).delete("/api/v1/units").then().statusCode(405)
                .contentType("application/problem+json")
                .body("type", equalTo("https://danvan.vn/problems/method-not-allowed"));
    }

    @Test
    void aBodyThatIsNotJsonIs415ProblemJson() {
        given().auth().oauth2(Tokens.PROVINCE_ADMIN).contentType("text/plain").body("code=1").post("/api/v1/units")
                .then().statusCode(415).contentType("application/problem+json")
                .body("type", equalTo("https://danvan.vn/problems/unsupported-media-type"));
    }

    @Test
    void aWrongJsonTypeNamesTheFieldAndLeaksNoClassName() {
        given().auth().oauth2(Tokens.PROVINCE_ADMIN).contentType("application/json").body(
                "{\"code\":\"X1\",\"name\":\"Xã\",\"shortName\":\"X\",\"kind\":\"COMMUNE\",\"parentId\":\"mười\"}")
                .post("/api/v1/units").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.hasItem("parentId")).body(not(containsString("java.")))
                .body(not(containsString("Exception")));
    }

    @Test
    void healthAndMetricsAreOpen() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/api/v1/me").then().statusCode(401); // one request of its own to be counted, whatever ran before
        given().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests"));
    }
}
