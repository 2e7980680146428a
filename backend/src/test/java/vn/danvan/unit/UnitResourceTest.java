package vn.danvan.unit;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.danvan.testing.Problems.assertFieldError;
import static vn.danvan.testing.Problems.assertProblem;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import vn.danvan.testing.Api;
import vn.danvan.testing.Fixtures;
import vn.danvan.testing.Tokens;

@QuarkusTest
class UnitResourceTest {

    @Nested
    class ListUnits {

        @Test
        void communesOfAProvinceComeInVietnameseOrder() {
            long anGiang = Fixtures.unitIdOf(Tokens.PROVINCE);
            var response = Api.bad(Tokens.PROVINCE_LEADER).queryParam("parentId", anGiang).queryParam("size", 100)
                    .get("/api/v1/units").then().statusCode(200).body("total", greaterThanOrEqualTo(102))
                    .body("items.level", everyItem(equalTo("COMMUNE"))).body("items.current", everyItem(equalTo(true)))
                    .extract().jsonPath();
            List<String> names = response.getList("items.shortName");
            // Vietnamese order: "Bình An" before "Bình Đức"; the Đ names sit between C and G, where code-point
            // order would put them after "Vĩnh ..."
            assertTrue(names.indexOf("Bình An") < names.indexOf("Bình Đức"), names.toString());
            int lastDd = -1;
            for (int i = 0; i < names.size(); i++) {
                if (names.get(i).startsWith("Đ")) {
                    lastDd = i;
                }
            }
            assertTrue(lastDd >= 0 && lastDd + 1 < names.size(), names.toString());
            char next = names.get(lastDd + 1).charAt(0);
            assertTrue(next >= 'E' && next <= 'Z', "after the Đ names comes " + names.get(lastDd + 1));
        }

        @Test
        void searchWithoutDiacriticsFindsRachGia() {
            Api.as(Tokens.COMMUNE_REPORTER).queryParam("q", "rach gia").get("/api/v1/units").then().statusCode(200)
                    .body("items.name", contains("Phường Rạch Giá")).body("items[0].code", equalTo("30742"));
        }

        @Test
        void searchWithDiacriticsAndOtherCaseFindsTheSame() {
            Api.as(Tokens.PROVINCE_LEADER).queryParam("q", "RẠCH giá").get("/api/v1/units").then().statusCode(200)
                    .body("items.name", hasItem("Phường Rạch Giá"));
        }

        @Test
        void abolishedUnitsAreListedOnlyWhenAskedAndStayInTheSuccessorsScope() {
            Api.as(Tokens.PROVINCE_LEADER).queryParam("q", "kien giang").get("/api/v1/units").then().statusCode(200)
                    .body("items.name", not(hasItem("Tỉnh Kiên Giang")));
            Api.as(Tokens.PROVINCE_LEADER).queryParam("q", "kien giang").queryParam("includeEnded", true)
                    .get("/api/v1/units").then().statusCode(200).body("items.name", hasItem("Tỉnh Kiên Giang"))
                    .body("items.find { it.name == 'Tỉnh Kiên Giang' }.validTo", equalTo("2025-06-30"))
                    .body("items.find { it.name == 'Tỉnh Kiên Giang' }.current", equalTo(false));
            // the day before the reform, former Kiên Giang was in force
            Api.as(Tokens.PROVINCE_LEADER).queryParam("q", "kien giang").queryParam("validOn", "2025-06-30")
                    .queryParam("level", "PROVINCE").get("/api/v1/units").then().statusCode(200)
                    .body("items.name", contains("Tỉnh Kiên Giang"));
        }

        @Test
        void aCommuneUserSeesOnlyTheirCommune() {
            Api.as(Tokens.COMMUNE_REPORTER).queryParam("q", "an giang").get("/api/v1/units").then().statusCode(200)
                    .body("total", equalTo(0));
            Api.as(Tokens.COMMUNE_REPORTER).get("/api/v1/units").then().statusCode(200).body("items.code",
                    contains("30742"));
        }

        @Test
        void pagingIsUniform() {
            Api.as(Tokens.PROVINCE_LEADER).queryParam("level", "COMMUNE").queryParam("page", 1).queryParam("size", 7)
                    .get("/api/v1/units").then().statusCode(200).body("page", equalTo(1)).body("size", equalTo(7))
                    .body("items.size()", equalTo(7)).body("total", greaterThan(100));
        }

        @Test
        void badParametersAreNamed() {
            var response = Api.bad(Tokens.PROVINCE_LEADER).queryParam("size", 1000).queryParam("level", "HAMLET")
                    .queryParam("validOn", "30/06/2025").queryParam("parentId", "abc").queryParam("page", -1)
                    .get("/api/v1/units").then();
            assertFieldError(response, "size").body("errors.field",
                    hasItems("size", "level", "validOn", "parentId", "page"));
        }

        @Test
        void tooLongSearchTextIsRefused() {
            assertFieldError(
                    Api.bad(Tokens.PROVINCE_LEADER).queryParam("q", "x".repeat(101)).get("/api/v1/units").then(), "q");
        }

        @Test
        void withoutTokenIs401() {
            assertProblem(Api.anonymous().get("/api/v1/units").then(), 401, "unauthorized").header("WWW-Authenticate",
                    org.hamcrest.Matchers.startsWith("Bearer"));
        }

        @Test
        void withForgedTokenIs401() {
            assertProblem(Api.as("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl").get("/api/v1/units").then(), 401,
                    "unauthorized");
        }

        @Test
        void withoutAnyRoleIs403() {
            assertProblem(Api.as(Tokens.NO_ROLE).get("/api/v1/units").then(), 403, "forbidden");
        }

        @Test
        void withoutUnitIs403() {
            assertProblem(Api.as(Tokens.NO_UNIT).get("/api/v1/units").then(), 403, "out-of-scope");
        }

        @Test
        void communeUserAskingForTheProvincesChildrenIs403() {
            long anGiang = Fixtures.unitIdOf(Tokens.PROVINCE);
            assertProblem(Api.as(Tokens.COMMUNE_REPORTER).queryParam("parentId", anGiang).get("/api/v1/units").then(),
                    403, "out-of-scope");
        }

        @Test
        void unknownParentIs404() {
            assertProblem(
                    Api.as(Tokens.PROVINCE_LEADER).queryParam("parentId", 999_999_999).get("/api/v1/units").then(), 404,
                    "not-found");
        }
    }

    @Nested
    class GetUnit {

        @Test
        void aCommuneWithItsAncestorsAndPredecessors() {
            long rachGia = Fixtures.unitIdOf(Tokens.COMMUNE);
            Api.as(Tokens.COMMUNE_REPORTER).get("/api/v1/units/" + rachGia).then().statusCode(200)
                    .body("name", equalTo("Phường Rạch Giá")).body("kind", equalTo("WARD"))
                    .body("validFrom", equalTo("2025-07-01")).body("ancestors.name", contains("Tỉnh An Giang"))
                    .body("predecessors.size()", greaterThan(0))
                    .body("predecessors.validTo", everyItem(equalTo("2025-06-30"))).body("successor", nullValue());
        }

        @Test
        void theProvinceListsFormerKienGiangAsPredecessor() {
            long anGiang = Fixtures.unitIdOf(Tokens.PROVINCE);
            Api.as(Tokens.PROVINCE_LEADER).get("/api/v1/units/" + anGiang).then().statusCode(200)
                    .body("predecessors.name", hasItems("Tỉnh Kiên Giang", "Tỉnh An Giang"))
                    .body("children.size()", greaterThan(100));
        }

        @Test
        void aFormerDistrictShowsItsChildrenAsTheyWereAndItsSuccessor() {
            long formerDistrictId = Api.as(Tokens.PROVINCE_LEADER).queryParam("q", "thanh pho rach gia")
                    .queryParam("includeEnded", true).queryParam("level", "DISTRICT").get("/api/v1/units").then()
                    .statusCode(200).body("items.name", contains("Thành phố Rạch Giá")).extract().jsonPath()
                    .getLong("items[0].id");
            Api.as(Tokens.PROVINCE_LEADER).get("/api/v1/units/" + formerDistrictId).then().statusCode(200)
                    .body("current", equalTo(false)).body("successor.name", equalTo("Tỉnh An Giang"))
                    .body("ancestors.name", contains("Tỉnh Kiên Giang")).body("children.size()", greaterThan(5));
        }

        @Test
        void badIdIs400() {
            assertFieldError(Api.bad(Tokens.PROVINCE_LEADER).get("/api/v1/units/abc").then(), "id");
            assertFieldError(Api.bad(Tokens.PROVINCE_LEADER).get("/api/v1/units/0").then(), "id");
        }

        @Test
        void withoutTokenIs401() {
            assertProblem(Api.anonymous().get("/api/v1/units/1").then(), 401, "unauthorized");
        }

        @Test
        void wrongRoleIs403() {
            assertProblem(Api.as(Tokens.NO_ROLE).get("/api/v1/units/1").then(), 403, "forbidden");
        }

        @Test
        void communeUserAskingForTheProvinceIs403() {
            long anGiang = Fixtures.unitIdOf(Tokens.PROVINCE);
            assertProblem(Api.as(Tokens.COMMUNE_REPORTER).get("/api/v1/units/" + anGiang).then(), 403, "out-of-scope");
        }

        @Test
        void otherProvinceIs403() {
            long rachGia = Fixtures.unitIdOf(Tokens.COMMUNE);
            assertProblem(Api.as(Tokens.OTHER_PROVINCE_LEADER).get("/api/v1/units/" + rachGia).then(), 403,
                    "out-of-scope");
        }

        @Test
        void unknownIs404() {
            assertProblem(Api.as(Tokens.PROVINCE_LEADER).get("/api/v1/units/999999999").then(), 404, "not-found");
        }
    }

    @Nested
    class GetUnitByCode {

        @Test
        void aCodeInForce() {
            Api.as(Tokens.COMMUNE_REPORTER).get("/api/v1/units/by-code/30742").then().statusCode(200)
                    .body("unit.name", equalTo("Phường Rạch Giá")).body("formerUnit", nullValue());
        }

        @Test
        void anAbolishedCodeAnswersWithItsSuccessor() {
            // phường Pháo Đài (Hà Tiên, Kiên Giang) went into phường Hà Tiên on 1 July 2025
            Api.as(Tokens.PROVINCE_LEADER).get("/api/v1/units/by-code/30775").then().statusCode(200)
                    .body("unit.code", equalTo("30769")).body("unit.name", equalTo("Phường Hà Tiên"))
                    .body("formerUnit.name", equalTo("Phường Pháo Đài"))
                    .body("formerUnit.validTo", equalTo("2025-06-30"));
        }

        @Test
        void tooLongCodeIs400() {
            assertFieldError(Api.bad(Tokens.PROVINCE_LEADER).get("/api/v1/units/by-code/" + "9".repeat(21)).then(),
                    "code");
        }

        @Test
        void withoutTokenIs401() {
            assertProblem(Api.anonymous().get("/api/v1/units/by-code/30742").then(), 401, "unauthorized");
        }

        @Test
        void wrongRoleIs403() {
            assertProblem(Api.as(Tokens.NO_ROLE).get("/api/v1/units/by-code/30742").then(), 403, "forbidden");
        }

        @Test
        void anotherCommuneIs403() {
            assertProblem(Api.as(Tokens.COMMUNE_REPORTER).get("/api/v1/units/by-code/30769").then(), 403,
                    "out-of-scope");
        }

        @Test
        void unknownCodeIs404() {
            assertProblem(Api.as(Tokens.PROVINCE_LEADER).get("/api/v1/units/by-code/00000").then(), 404, "not-found");
        }
    }

    @Nested
    class CreateUnit {

        @Test
        void anAdminCreatesACommuneAndTheChangeIsAudited() {
            Map<String, Object> created = Fixtures.newCommuneInAnGiang();
            long id = ((Number) created.get("id")).longValue();
            assertEquals("COMMUNE", created.get("level"));
            assertEquals("Tỉnh An Giang", ((List<Map<String, Object>>) created.get("ancestors")).get(0).get("name"));
            Api.as(Tokens.PROVINCE_LEADER).queryParam("entityType", "AdministrativeUnit").queryParam("entityId", id)
                    .get("/api/v1/audit-events").then().statusCode(200).body("items.action", contains("CREATE"))
                    .body("items[0].actor", equalTo("admin.angiang"))
                    .body("items[0].changes.code", equalTo(created.get("code")));
            Api.as(Tokens.PROVINCE_LEADER).queryParam("q", (String) created.get("code")).get("/api/v1/units").then()
                    .body("items.id", contains((int) id));
        }

        @Test
        void missingAndMalformedFieldsAreNamed() {
            var response = Api.bad(Tokens.PROVINCE_ADMIN).body(Map.of("code", "có dấu", "name", " "))
                    .post("/api/v1/units").then();
            assertFieldError(response, "code").body("errors.field",
                    hasItems("code", "name", "shortName", "kind", "parentId"));
        }

        @Test
        void anUnknownKindIsNamed() {
            long anGiang = Fixtures.unitIdOf(Tokens.PROVINCE);
            assertFieldError(
                    Api.bad(Tokens.PROVINCE_ADMIN).body(Map.of("code", Fixtures.uniqueCode("T"), "name", "Xã A",
                            "shortName", "A", "kind", "VILLAGE", "parentId", anGiang)).post("/api/v1/units").then(),
                    "kind");
        }

        @Test
        void malformedJsonIs400() {
            assertProblem(
                    Api.bad(Tokens.PROVINCE_ADMIN).body("{\"code\": \"x\",,}").post("/api/v1/units").then().log().all(),
                    400, "malformed-request");
        }

        @Test
        void anUnknownParentIsNamed() {
            assertFieldError(
                    Api.bad(Tokens.PROVINCE_ADMIN).body(Map.of("code", Fixtures.uniqueCode("T"), "name", "Xã A",
                            "shortName", "A", "kind", "COMMUNE", "parentId", 999_999_999)).post("/api/v1/units").then(),
                    "parentId");
        }

        @Test
        void aProvinceCannotSitUnderAProvince() {
            long anGiang = Fixtures.unitIdOf(Tokens.PROVINCE);
            assertFieldError(
                    Api.bad(Tokens.PROVINCE_ADMIN).body(Map.of("code", Fixtures.uniqueCode("T"), "name", "Tỉnh A",
                            "shortName", "A", "kind", "PROVINCE", "parentId", anGiang)).post("/api/v1/units").then(),
                    "kind");
        }

        @Test
        void withoutTokenIs401() {
            assertProblem(Api.anonymous().body(Map.of()).post("/api/v1/units").then(), 401, "unauthorized");
        }

        @Test
        void aReporterIs403() {
            assertProblem(Api.bad(Tokens.COMMUNE_REPORTER).body(Map.of()).post("/api/v1/units").then(), 403,
                    "forbidden");
        }

        @Test
        void aCommuneAdminCannotCreateUnderTheProvince() {
            long anGiang = Fixtures.unitIdOf(Tokens.PROVINCE);
            assertProblem(
                    Api.as(Tokens.COMMUNE_ADMIN).body(Map.of("code", Fixtures.uniqueCode("T"), "name", "Xã A",
                            "shortName", "A", "kind", "COMMUNE", "parentId", anGiang)).post("/api/v1/units").then(),
                    403, "out-of-scope");
        }

        @Test
        void aCodeInUseIs409() {
            long anGiang = Fixtures.unitIdOf(Tokens.PROVINCE);
            assertProblem(
                    Api.as(Tokens.PROVINCE_ADMIN).body(Map.of("code", "30742", "name", "Phường Rạch Giá", "shortName",
                            "Rạch Giá", "kind", "WARD", "parentId", anGiang)).post("/api/v1/units").then(),
                    409, "duplicate");
        }
    }

    @Nested
    class UpdateUnit {

        private Map<String, Object> changes(Map<String, Object> unit, String name) {
            Map<String, Object> body = new HashMap<>();
            body.put("name", name);
            body.put("shortName", unit.get("shortName"));
            body.put("kind", unit.get("kind"));
            body.put("validFrom", unit.get("validFrom"));
            body.put("version", unit.get("version"));
            return body;
        }

        @Test
        void anAdminRenamesAUnitAndTheVersionMovesOn() {
            Map<String, Object> unit = Fixtures.newCommuneInAnGiang();
            long id = ((Number) unit.get("id")).longValue();
            int version = ((Number) unit.get("version")).intValue();
            Api.as(Tokens.PROVINCE_ADMIN).body(changes(unit, "Xã Đổi Tên")).put("/api/v1/units/" + id).then()
                    .statusCode(200).body("name", equalTo("Xã Đổi Tên")).body("version", equalTo(version + 1));
            Api.as(Tokens.PROVINCE_LEADER).queryParam("entityType", "AdministrativeUnit").queryParam("entityId", id)
                    .get("/api/v1/audit-events").then().statusCode(200)
                    .body("items.action", contains("UPDATE", "CREATE"))
                    .body("items[0].changes.name", equalTo("Xã Đổi Tên"));
        }

        @Test
        void aStaleVersionIs409AndChangesNothing() {
            Map<String, Object> unit = Fixtures.newCommuneInAnGiang();
            long id = ((Number) unit.get("id")).longValue();
            Api.as(Tokens.PROVINCE_ADMIN).body(changes(unit, "Xã Lần Một")).put("/api/v1/units/" + id).then()
                    .statusCode(200);
            assertProblem(
                    Api.as(Tokens.PROVINCE_ADMIN).body(changes(unit, "Xã Lần Hai")).put("/api/v1/units/" + id).then(),
                    409, "stale-version");
            Api.as(Tokens.PROVINCE_ADMIN).get("/api/v1/units/" + id).then().body("name", equalTo("Xã Lần Một"));
        }

        @Test
        void endBeforeStartIs400AndChangesNothing() {
            Map<String, Object> unit = Fixtures.newCommuneInAnGiang();
            long id = ((Number) unit.get("id")).longValue();
            Map<String, Object> body = changes(unit, "Xã Sai Ngày");
            body.put("validTo", "2020-01-01");
            assertFieldError(Api.bad(Tokens.PROVINCE_ADMIN).body(body).put("/api/v1/units/" + id).then(), "validTo");
            Api.as(Tokens.PROVINCE_ADMIN).get("/api/v1/units/" + id).then().body("name", equalTo(unit.get("name")))
                    .body("version", lessThanOrEqualTo(((Number) unit.get("version")).intValue()));
        }

        @Test
        void missingVersionIs400() {
            Map<String, Object> unit = Fixtures.newCommuneInAnGiang();
            Map<String, Object> body = changes(unit, "Xã Không Phiên Bản");
            body.remove("version");
            assertFieldError(Api.bad(Tokens.PROVINCE_ADMIN).body(body).put("/api/v1/units/" + unit.get("id")).then(),
                    "version");
        }

        @Test
        void withoutTokenIs401() {
            assertProblem(Api.anonymous().body(Map.of()).put("/api/v1/units/1").then(), 401, "unauthorized");
        }

        @Test
        void aLeaderIs403() {
            Map<String, Object> unit = Fixtures.newCommuneInAnGiang();
            assertProblem(Api.as(Tokens.PROVINCE_LEADER).body(changes(unit, "Xã X"))
                    .put("/api/v1/units/" + unit.get("id")).then(), 403, "forbidden");
        }

        @Test
        void anAdminOfAnotherProvinceIs403() {
            Map<String, Object> unit = Fixtures.newCommuneInAnGiang();
            assertProblem(Api.as(Tokens.OTHER_PROVINCE_ADMIN).body(changes(unit, "Xã X"))
                    .put("/api/v1/units/" + unit.get("id")).then(), 403, "out-of-scope");
        }

        @Test
        void unknownIs404() {
            Map<String, Object> unit = Fixtures.newCommuneInAnGiang();
            assertProblem(
                    Api.as(Tokens.PROVINCE_ADMIN).body(changes(unit, "Xã X")).put("/api/v1/units/999999999").then(),
                    404, "not-found");
        }
    }
}
