package vn.danvan.target;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.containsString;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import vn.danvan.testing.Api;
import vn.danvan.testing.DemoDataProfile;
import vn.danvan.testing.Fixtures;
import vn.danvan.testing.Tokens;

/**
 * With demo data on (make run): 632-CV/TU carries its four targets, set for former Kiên Giang by 2025 and marked demo,
 * the districts' one not measurable; An Giang has its 2026–2030 targets, marked demo and worded as illustrative.
 */
@QuarkusTest
@TestProfile(DemoDataProfile.class)
class DemoTargetsTest {

    @Test
    void letter632CarriesItsFourTargetsForFormerKienGiang() {
        long letter = Api.as(Tokens.PROVINCE_LEADER).queryParam("q", "632-CV/TU").get("/api/v1/directives").then()
                .statusCode(200).extract().jsonPath().getLong("items[0].id");
        Api.as(Tokens.PROVINCE_LEADER).get("/api/v1/directives/" + letter + "/targets").then().statusCode(200)
                .body("size()", equalTo(4)).body("demo", everyItem(equalTo(true)))
                .body("scopeUnit.name", everyItem(equalTo("Tỉnh Kiên Giang")))
                .body("deadline", everyItem(equalTo("2025-12-31")))
                .body("unitGroup", equalTo(List.of("COMMUNES", "COMMUNES", "COMMUNES", "DISTRICTS")))
                .body("titleLevel", equalTo(List.of("STANDARD", "ADVANCED", "MODEL", "STANDARD")))
                .body("[0].wording", equalTo("Đến năm 2025, 100% xã đạt chuẩn nông thôn mới"))
                .body("[0].progress.asOf", equalTo("2025-06-30")).body("[3].valueMin", equalTo(7.0f))
                .body("[3].valueMax", equalTo(9.0f)).body("[3].progress.status", equalTo("NOT_MEASURABLE"));
    }

    @Test
    void anGiangHasItsIllustrativeTargetsFor2030() {
        long board = Fixtures.organizationIdOf(Tokens.PROVINCE, "91-BTV");
        long chiThi = Api.as(Tokens.PROVINCE_LEADER).queryParam("issuerId", board).queryParam("type", "DIRECTIVE")
                .queryParam("q", "nong thon moi do thi van minh").get("/api/v1/directives").then().statusCode(200)
                .extract().jsonPath().getLong("items[0].id");
        Api.as(Tokens.COMMUNE_REPORTER).get("/api/v1/directives/" + chiThi + "/targets").then().statusCode(200)
                .body("size()", equalTo(4)).body("demo", everyItem(equalTo(true)))
                .body("scopeUnit.name", everyItem(equalTo("Tỉnh An Giang")))
                .body("deadline", everyItem(equalTo("2030-12-31")))
                .body("titleLevel", equalTo(List.of("STANDARD", "ADVANCED", "MODEL", "MODERN")))
                .body("wording", everyItem(containsString("minh họa")));
        Api.as(Tokens.COMMUNE_REPORTER).queryParam("directiveId", chiThi).get("/api/v1/targets").then().statusCode(200)
                .body("total", equalTo(4));
    }
}
