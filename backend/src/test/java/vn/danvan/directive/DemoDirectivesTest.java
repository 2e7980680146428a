package vn.danvan.directive;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import vn.danvan.testing.Api;
import vn.danvan.testing.DemoDataProfile;
import vn.danvan.testing.Tokens;

/** With demo data on (make run), the five source documents are in the register with the directives they cite. */
@QuarkusTest
@TestProfile(DemoDataProfile.class)
class DemoDirectivesTest {

    @Test
    void theFiveSourceDocumentsAreRegisteredAndPublic() {
        Api.as(Tokens.COMMUNE_REPORTER).queryParam("q", "dan van kheo 70-CV/TU mai van huynh").get("/api/v1/directives")
                .then().statusCode(200).body("items.number.text", hasItem("Số 70 -CV/TU"))
                .body("items.find { it.number?.text == 'Số 70 -CV/TU' }.issuer.name", equalTo("Tỉnh ủy Kiên Giang"));
        Api.as(Tokens.OTHER_PROVINCE_LEADER).queryParam("q", "khu dan cu kieu mau").get("/api/v1/directives").then()
                .statusCode(200).body("items.issuer.name", hasItem("Ban Thường vụ Huyện ủy Đơn Dương"));
        // found by their subjects: matches in the subject come first
        Api.as(Tokens.PROVINCE_LEADER).queryParam("q", "ve cong tac dan van").get("/api/v1/directives").then()
                .statusCode(200).body("total", greaterThanOrEqualTo(1))
                .body("items.subject", hasItem("Về công tác dân vận"));
        Api.as(Tokens.PROVINCE_LEADER).queryParam("q", "nhan rong va nang cao chat luong khu dan cu kieu mau")
                .get("/api/v1/directives").then().statusCode(200).body("items[0].subject", equalTo(
                        "Về lãnh đạo xây dựng, nhân rộng và nâng cao chất lượng khu dân cư kiểu mẫu giai đoạn 2021-2025"));
    }

    @Test
    void theyKeepTheCentralDirectivesTheyCiteByNumber() {
        long letter632 = Api.as(Tokens.PROVINCE_LEADER).queryParam("q", "632-CV/TU").get("/api/v1/directives").then()
                .statusCode(200).extract().jsonPath().getLong("items[0].id");
        Api.as(Tokens.PROVINCE_LEADER).get("/api/v1/directives/" + letter632 + "/relations").then().statusCode(200)
                .body("up.number.text", hasItems("10-CT/TW", "88/NQLT/CP-ĐCTUBTWMTTQVN"))
                .body("up.find { it.number.text == '10-CT/TW' }.issueDate", equalTo("2016-12-15"))
                .body("up.find { it.number.text == '10-CT/TW' }.kind", equalTo("IMPLEMENTS"));
    }

    @Test
    void theProvincesTasksGiveTheSummaryEveryBucket() {
        io.restassured.path.json.JsonPath summary = Api.as(Tokens.PROVINCE_LEADER).get("/api/v1/assignments/summary")
                .then().statusCode(200).extract().jsonPath();
        org.hamcrest.MatcherAssert.assertThat(summary.getInt("totals.total"), greaterThanOrEqualTo(100));
        for (String bucket : java.util.List.of("doneOnTime", "doneLate", "openInTime", "openOverdue")) {
            org.hamcrest.MatcherAssert.assertThat(bucket, summary.getInt("totals." + bucket),
                    org.hamcrest.Matchers.greaterThan(0));
        }
        // the commune sees its own part
        Api.as(Tokens.COMMUNE_REPORTER)
                .queryParam("organizationId", vn.danvan.testing.Fixtures.organizationIdOf(Tokens.COMMUNE, "30742-DU"))
                .get("/api/v1/assignments").then().statusCode(200).body("total", org.hamcrest.Matchers.greaterThan(0));
    }
}
