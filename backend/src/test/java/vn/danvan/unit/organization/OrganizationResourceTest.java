package vn.danvan.unit.organization;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static vn.danvan.testing.Problems.assertFieldError;
import static vn.danvan.testing.Problems.assertProblem;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import vn.danvan.testing.Api;
import vn.danvan.testing.Fixtures;
import vn.danvan.testing.Tokens;

@QuarkusTest
class OrganizationResourceTest {

    private static Map<String, Object> changes(Map<String, Object> organization, String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("kind", organization.get("kind"));
        body.put("version", organization.get("version"));
        return body;
    }

    @Nested
    class ListUnitOrganizations {

        @Test
        void theStandingOrganizationsOfACommune() {
            long rachGia = Fixtures.unitIdOf(Tokens.COMMUNE);
            Api.as(Tokens.COMMUNE_REPORTER).queryParam("size", 100).get("/api/v1/units/" + rachGia + "/organizations")
                    .then().statusCode(200)
                    .body("items.name",
                            hasItems("Đảng ủy phường Rạch Giá", "Ủy ban nhân dân phường Rạch Giá",
                                    "Ủy ban Mặt trận Tổ quốc Việt Nam phường Rạch Giá", "Hội Nông dân phường Rạch Giá"))
                    .body("items.unitId", everyItem(equalTo((int) rachGia)))
                    .body("items.current", everyItem(equalTo(true)));
        }

        @Test
        void formerKienGiangBodiesAreKeptWithTheirSuccessor() {
            long kienGiang = Api.as(Tokens.PROVINCE_LEADER).queryParam("q", "kien giang")
                    .queryParam("level", "PROVINCE").queryParam("includeEnded", true).get("/api/v1/units").then()
                    .statusCode(200).extract().jsonPath().getLong("items.find { it.name == 'Tỉnh Kiên Giang' }.id");
            String url = "/api/v1/units/" + kienGiang + "/organizations";
            Api.as(Tokens.PROVINCE_LEADER).get(url).then().statusCode(200).body("total", equalTo(0));
            Api.as(Tokens.PROVINCE_LEADER).queryParam("validOn", "2024-01-01").get(url).then().statusCode(200)
                    .body("items.name", hasItem("Tỉnh ủy Kiên Giang"))
                    .body("items.find { it.code == 'KG-TU' }.validTo", equalTo("2025-06-30"))
                    .body("items.find { it.code == 'KG-TU' }.successorId", org.hamcrest.Matchers.notNullValue());
        }

        @Test
        void badParametersAreNamed() {
            assertFieldError(Api.bad(Tokens.COMMUNE_REPORTER).queryParam("size", 0).queryParam("validOn", "hôm nay")
                    .get("/api/v1/units/1/organizations").then(), "size").body("errors.field", hasItem("validOn"));
        }

        @Test
        void withoutTokenIs401() {
            assertProblem(Api.anonymous().get("/api/v1/units/1/organizations").then(), 401, "unauthorized");
        }

        @Test
        void wrongRoleIs403() {
            assertProblem(Api.as(Tokens.NO_ROLE).get("/api/v1/units/1/organizations").then(), 403, "forbidden");
        }

        @Test
        void anotherCommuneIs403() {
            long haTien = Fixtures.unitIdOf("30769");
            assertProblem(Api.as(Tokens.COMMUNE_REPORTER).get("/api/v1/units/" + haTien + "/organizations").then(), 403,
                    "out-of-scope");
        }

        @Test
        void unknownUnitIs404() {
            assertProblem(Api.as(Tokens.COMMUNE_REPORTER).get("/api/v1/units/999999999/organizations").then(), 404,
                    "not-found");
        }
    }

    @Nested
    class ListOrganizations {

        @Test
        void searchWithoutDiacriticsFindsTheBoardInVietnameseOrder() {
            Api.as(Tokens.COMMUNE_REPORTER).queryParam("q", "ban tuyen giao va dan van an giang")
                    .get("/api/v1/organizations").then().statusCode(200).body("items.code", hasItem("91-BTGDV"));
        }

        @Test
        void centralBodiesAndEndedOnesOnRequest() {
            Api.as(Tokens.PROVINCE_EDITOR).queryParam("q", "trung uong")
                    .queryParam("kind", "PROPAGANDA_MOBILIZATION_BOARD").get("/api/v1/organizations").then()
                    .statusCode(200).body("items.code", hasItem("TW-BTGDV")).body("items.code", not(hasItem("TW-BDV")));
            Api.as(Tokens.PROVINCE_EDITOR).queryParam("q", "ban dan van trung uong").queryParam("includeEnded", true)
                    .get("/api/v1/organizations").then().statusCode(200).body("items.code", hasItem("TW-BDV"));
            Api.as(Tokens.PROVINCE_EDITOR).queryParam("q", "tinh uy kien giang").queryParam("validOn", "2021-02-02")
                    .get("/api/v1/organizations").then().statusCode(200).body("items.code", hasItem("KG-TU"));
        }

        @Test
        void aUnitKeepsItsSubtree() {
            Api.as(Tokens.PROVINCE_EDITOR).queryParam("unitId", Fixtures.unitIdOf("91"))
                    .queryParam("q", "dang uy phuong rach gia").queryParam("size", 100).get("/api/v1/organizations")
                    .then().statusCode(200).body("items.code", hasItem("30742-DU"))
                    .body("items.code", everyItem(not(equalTo("26-TU"))));
        }

        @Test
        void badParametersAreNamed() {
            assertFieldError(Api.bad(Tokens.PROVINCE_EDITOR).queryParam("kind", "CLUB")
                    .queryParam("validOn", "02/02/2021").queryParam("unitId", "x").get("/api/v1/organizations").then(),
                    "kind").body("errors.field", hasItems("validOn", "unitId"));
        }

        @Test
        void anUnknownUnitIs400() {
            assertFieldError(Api.bad(Tokens.PROVINCE_EDITOR).queryParam("unitId", 999_999_999L)
                    .get("/api/v1/organizations").then(), "unitId");
        }

        @Test
        void withoutTokenIs401AndWithoutRoleIs403() {
            assertProblem(Api.anonymous().get("/api/v1/organizations").then(), 401, "unauthorized");
            assertProblem(Api.as(Tokens.NO_ROLE).get("/api/v1/organizations").then(), 403, "forbidden");
        }
    }

    @Nested
    class GetOrganization {

        @Test
        void oneOrganization() {
            Map<String, Object> created = Fixtures.newOrganizationInRachGia();
            Api.as(Tokens.COMMUNE_REPORTER).get("/api/v1/organizations/" + created.get("id")).then().statusCode(200)
                    .body("code", equalTo(created.get("code"))).body("kind", equalTo("MASS_ASSOCIATION"));
        }

        @Test
        void badIdIs400() {
            assertFieldError(Api.bad(Tokens.COMMUNE_REPORTER).get("/api/v1/organizations/x1").then(), "id");
        }

        @Test
        void withoutTokenIs401() {
            assertProblem(Api.anonymous().get("/api/v1/organizations/1").then(), 401, "unauthorized");
        }

        @Test
        void wrongRoleIs403() {
            assertProblem(Api.as(Tokens.NO_ROLE).get("/api/v1/organizations/1").then(), 403, "forbidden");
        }

        @Test
        void outsideTheUnitIs403() {
            Map<String, Object> created = Fixtures.newOrganizationInRachGia();
            assertProblem(Api.as(Tokens.OTHER_PROVINCE_LEADER).get("/api/v1/organizations/" + created.get("id")).then(),
                    403, "out-of-scope");
        }

        @Test
        void unknownIs404() {
            assertProblem(Api.as(Tokens.COMMUNE_REPORTER).get("/api/v1/organizations/999999999").then(), 404,
                    "not-found");
        }
    }

    @Nested
    class CreateOrganization {

        @Test
        void aCommuneAdminCreatesAnOrganizationOfTheirCommune() {
            Map<String, Object> created = Fixtures.newOrganizationInRachGia();
            Api.as(Tokens.PROVINCE_LEADER).queryParam("entityType", "Organization")
                    .queryParam("entityId", created.get("id")).get("/api/v1/audit-events").then().statusCode(200)
                    .body("items[0].action", equalTo("CREATE")).body("items[0].actor", equalTo("admin.rachgia"));
        }

        @Test
        void missingFieldsAreNamed() {
            assertFieldError(Api.bad(Tokens.COMMUNE_ADMIN).body(Map.of("kind", "NOT_A_KIND"))
                    .post("/api/v1/organizations").then(), "kind");
            assertFieldError(Api.bad(Tokens.COMMUNE_ADMIN).body(Map.of()).post("/api/v1/organizations").then(), "code")
                    .body("errors.field", hasItems("code", "name", "kind", "unitId"));
        }

        @Test
        void anUnknownUnitIsNamed() {
            assertFieldError(Api.bad(Tokens.COMMUNE_ADMIN).body(Map.of("code", Fixtures.uniqueCode("X"), "name",
                    "Hội X", "kind", "MASS_ASSOCIATION", "unitId", 999_999_999)).post("/api/v1/organizations").then(),
                    "unitId");
        }

        @Test
        void withoutTokenIs401() {
            assertProblem(Api.anonymous().body(Map.of()).post("/api/v1/organizations").then(), 401, "unauthorized");
        }

        @Test
        void anEditorIs403() {
            assertProblem(Api.bad(Tokens.PROVINCE_EDITOR).body(Map.of()).post("/api/v1/organizations").then(), 403,
                    "forbidden");
        }

        @Test
        void outsideTheUnitIs403() {
            long anGiang = Fixtures.unitIdOf(Tokens.PROVINCE);
            assertProblem(
                    Api.as(Tokens.COMMUNE_ADMIN).body(Map.of("code", Fixtures.uniqueCode("X"), "name", "Hội X", "kind",
                            "MASS_ASSOCIATION", "unitId", anGiang)).post("/api/v1/organizations").then(),
                    403, "out-of-scope");
        }

        @Test
        void aCodeInUseIs409() {
            long rachGia = Fixtures.unitIdOf(Tokens.COMMUNE);
            assertProblem(Api.as(Tokens.COMMUNE_ADMIN)
                    .body(Map.of("code", "30742-DU", "name", "Đảng ủy", "kind", "PARTY_COMMITTEE", "unitId", rachGia))
                    .post("/api/v1/organizations").then(), 409, "duplicate");
        }
    }

    @Nested
    class UpdateOrganization {

        @Test
        void aRenameKeepsTheCodeAndMovesTheVersionOn() {
            Map<String, Object> org = Fixtures.newOrganizationInRachGia();
            Api.as(Tokens.COMMUNE_ADMIN).body(changes(org, "Hội Khuyến học phường Rạch Giá"))
                    .put("/api/v1/organizations/" + org.get("id")).then().statusCode(200)
                    .body("name", equalTo("Hội Khuyến học phường Rạch Giá")).body("code", equalTo(org.get("code")))
                    .body("version", equalTo(((Number) org.get("version")).intValue() + 1));
        }

        @Test
        void aMergeEndsItAndNamesTheSuccessor() {
            Map<String, Object> org = Fixtures.newOrganizationInRachGia();
            Map<String, Object> into = Fixtures.newOrganizationInRachGia();
            Map<String, Object> body = changes(org, (String) org.get("name"));
            body.put("validTo", "2025-12-31");
            body.put("successorId", into.get("id"));
            Api.as(Tokens.COMMUNE_ADMIN).body(body).put("/api/v1/organizations/" + org.get("id")).then().statusCode(200)
                    .body("successorId", equalTo(into.get("id"))).body("validTo", equalTo("2025-12-31"));
        }

        @Test
        void aStaleVersionIs409() {
            Map<String, Object> org = Fixtures.newOrganizationInRachGia();
            Api.as(Tokens.COMMUNE_ADMIN).body(changes(org, "Tên một")).put("/api/v1/organizations/" + org.get("id"))
                    .then().statusCode(200);
            assertProblem(Api.as(Tokens.COMMUNE_ADMIN).body(changes(org, "Tên hai"))
                    .put("/api/v1/organizations/" + org.get("id")).then(), 409, "stale-version");
            Api.as(Tokens.COMMUNE_ADMIN).get("/api/v1/organizations/" + org.get("id")).then().body("name",
                    equalTo("Tên một"));
        }

        @Test
        void itsOwnSuccessorIs400() {
            Map<String, Object> org = Fixtures.newOrganizationInRachGia();
            Map<String, Object> body = changes(org, "X");
            body.put("successorId", org.get("id"));
            assertFieldError(
                    Api.bad(Tokens.COMMUNE_ADMIN).body(body).put("/api/v1/organizations/" + org.get("id")).then(),
                    "successorId");
        }

        @Test
        void withoutTokenIs401() {
            assertProblem(Api.anonymous().body(Map.of()).put("/api/v1/organizations/1").then(), 401, "unauthorized");
        }

        @Test
        void aReporterIs403() {
            Map<String, Object> org = Fixtures.newOrganizationInRachGia();
            assertProblem(Api.as(Tokens.COMMUNE_REPORTER).body(changes(org, "X"))
                    .put("/api/v1/organizations/" + org.get("id")).then(), 403, "forbidden");
        }

        @Test
        void outsideTheUnitIs403() {
            Map<String, Object> org = Fixtures.newOrganizationInRachGia();
            assertProblem(Api.as(Tokens.OTHER_PROVINCE_ADMIN).body(changes(org, "X"))
                    .put("/api/v1/organizations/" + org.get("id")).then(), 403, "out-of-scope");
        }

        @Test
        void unknownIs404() {
            Map<String, Object> org = Fixtures.newOrganizationInRachGia();
            assertProblem(
                    Api.as(Tokens.COMMUNE_ADMIN).body(changes(org, "X")).put("/api/v1/organizations/999999999").then(),
                    404, "not-found");
        }
    }
}
