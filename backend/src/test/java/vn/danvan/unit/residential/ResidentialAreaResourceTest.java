package vn.danvan.unit.residential;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static vn.danvan.testing.Problems.assertFieldError;
import static vn.danvan.testing.Problems.assertProblem;

import java.util.ArrayList;
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
class ResidentialAreaResourceTest {

    private static Map<String, Object> changes(Map<String, Object> area, String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("kind", area.get("kind"));
        body.put("version", area.get("version"));
        return body;
    }

    @Nested
    class ListUnitResidentialAreas {

        @Test
        void theAreasOfACommuneFoundWithoutDiacritics() {
            Map<String, Object> area = Fixtures.newResidentialAreaInRachGia();
            long rachGia = Fixtures.unitIdOf(Tokens.COMMUNE);
            // the commune holds the areas other tests made too: every page is read, not just the first
            List<String> codes = new ArrayList<>();
            for (int page = 0, total = 1; page * 100 < total; page++) {
                var body = Api.as(Tokens.COMMUNE_REPORTER).queryParam("size", 100).queryParam("page", page)
                        .get("/api/v1/units/" + rachGia + "/residential-areas").then().statusCode(200).extract()
                        .jsonPath();
                total = body.getInt("total");
                codes.addAll(body.getList("items.code", String.class));
            }
            assertThat(codes, hasItem((String) area.get("code")));
            Api.as(Tokens.COMMUNE_REPORTER).queryParam("q", "khu pho thu " + area.get("code"))
                    .get("/api/v1/units/" + rachGia + "/residential-areas").then().statusCode(200)
                    .body("items.code", contains(area.get("code")));
        }

        @Test
        void badParametersAreNamed() {
            assertFieldError(Api.bad(Tokens.COMMUNE_REPORTER).queryParam("includeEnded", "maybe")
                    .get("/api/v1/units/1/residential-areas").then(), "includeEnded");
        }

        @Test
        void withoutTokenIs401() {
            assertProblem(Api.anonymous().get("/api/v1/units/1/residential-areas").then(), 401, "unauthorized");
        }

        @Test
        void wrongRoleIs403() {
            assertProblem(Api.as(Tokens.NO_ROLE).get("/api/v1/units/1/residential-areas").then(), 403, "forbidden");
        }

        @Test
        void anotherCommuneIs403() {
            long haTien = Fixtures.unitIdOf("30769");
            assertProblem(Api.as(Tokens.COMMUNE_REPORTER).get("/api/v1/units/" + haTien + "/residential-areas").then(),
                    403, "out-of-scope");
        }

        @Test
        void unknownUnitIs404() {
            assertProblem(Api.as(Tokens.COMMUNE_REPORTER).get("/api/v1/units/999999999/residential-areas").then(), 404,
                    "not-found");
        }
    }

    @Nested
    class GetResidentialArea {

        @Test
        void oneArea() {
            Map<String, Object> area = Fixtures.newResidentialAreaInRachGia();
            Api.as(Tokens.COMMUNE_REPORTER).get("/api/v1/residential-areas/" + area.get("id")).then().statusCode(200)
                    .body("name", equalTo(area.get("name"))).body("current", equalTo(true));
        }

        @Test
        void badIdIs400() {
            assertFieldError(Api.bad(Tokens.COMMUNE_REPORTER).get("/api/v1/residential-areas/-5").then(), "id");
        }

        @Test
        void withoutTokenIs401() {
            assertProblem(Api.anonymous().get("/api/v1/residential-areas/1").then(), 401, "unauthorized");
        }

        @Test
        void wrongRoleIs403() {
            assertProblem(Api.as(Tokens.NO_ROLE).get("/api/v1/residential-areas/1").then(), 403, "forbidden");
        }

        @Test
        void outsideTheUnitIs403() {
            Map<String, Object> area = Fixtures.newResidentialAreaInRachGia();
            assertProblem(
                    Api.as(Tokens.OTHER_PROVINCE_LEADER).get("/api/v1/residential-areas/" + area.get("id")).then(), 403,
                    "out-of-scope");
        }

        @Test
        void unknownIs404() {
            assertProblem(Api.as(Tokens.COMMUNE_REPORTER).get("/api/v1/residential-areas/999999999").then(), 404,
                    "not-found");
        }
    }

    @Nested
    class CreateResidentialArea {

        @Test
        void aCommuneAdminCreatesAnArea() {
            Map<String, Object> area = Fixtures.newResidentialAreaInRachGia();
            Api.as(Tokens.PROVINCE_LEADER).queryParam("entityType", "ResidentialArea")
                    .queryParam("entityId", area.get("id")).get("/api/v1/audit-events").then().statusCode(200)
                    .body("items.action", contains("CREATE"));
        }

        @Test
        void missingFieldsAreNamed() {
            assertFieldError(
                    Api.bad(Tokens.COMMUNE_ADMIN).body(Map.of("code", "a b")).post("/api/v1/residential-areas").then(),
                    "code").body("errors.field", hasItems("unitId", "name", "kind"));
        }

        @Test
        void anAreaBelongsToACommune() {
            long anGiang = Fixtures.unitIdOf(Tokens.PROVINCE);
            assertFieldError(
                    Api.bad(Tokens.PROVINCE_ADMIN).body(Map.of("unitId", anGiang, "code", Fixtures.uniqueCode("KP"),
                            "name", "Khu phố X", "kind", "URBAN_QUARTER")).post("/api/v1/residential-areas").then(),
                    "unitId");
        }

        @Test
        void withoutTokenIs401() {
            assertProblem(Api.anonymous().body(Map.of()).post("/api/v1/residential-areas").then(), 401, "unauthorized");
        }

        @Test
        void aLeaderIs403() {
            assertProblem(Api.bad(Tokens.PROVINCE_LEADER).body(Map.of()).post("/api/v1/residential-areas").then(), 403,
                    "forbidden");
        }

        @Test
        void anotherProvincesAdminIs403() {
            long rachGia = Fixtures.unitIdOf(Tokens.COMMUNE);
            assertProblem(
                    Api.as(Tokens.OTHER_PROVINCE_ADMIN)
                            .body(Map.of("unitId", rachGia, "code", Fixtures.uniqueCode("KP"), "name", "Khu phố X",
                                    "kind", "URBAN_QUARTER"))
                            .post("/api/v1/residential-areas").then(),
                    403, "out-of-scope");
        }

        @Test
        void aCodeInUseIs409() {
            Map<String, Object> area = Fixtures.newResidentialAreaInRachGia();
            assertProblem(
                    Api.as(Tokens.COMMUNE_ADMIN)
                            .body(Map.of("unitId", area.get("unitId"), "code", area.get("code"), "name", "Trùng",
                                    "kind", "URBAN_QUARTER"))
                            .post("/api/v1/residential-areas").then(),
                    409, "duplicate");
        }
    }

    @Nested
    class UpdateResidentialArea {

        @Test
        void aRename() {
            Map<String, Object> area = Fixtures.newResidentialAreaInRachGia();
            Api.as(Tokens.COMMUNE_ADMIN).body(changes(area, "Khu phố Vĩnh Hiệp"))
                    .put("/api/v1/residential-areas/" + area.get("id")).then().statusCode(200)
                    .body("name", equalTo("Khu phố Vĩnh Hiệp"));
        }

        @Test
        void aStaleVersionIs409() {
            Map<String, Object> area = Fixtures.newResidentialAreaInRachGia();
            Api.as(Tokens.COMMUNE_ADMIN).body(changes(area, "Một")).put("/api/v1/residential-areas/" + area.get("id"))
                    .then().statusCode(200);
            assertProblem(Api.as(Tokens.COMMUNE_ADMIN).body(changes(area, "Hai"))
                    .put("/api/v1/residential-areas/" + area.get("id")).then(), 409, "stale-version");
        }

        @Test
        void endBeforeStartIs400() {
            Map<String, Object> area = Fixtures.newResidentialAreaInRachGia();
            Map<String, Object> body = changes(area, "X");
            body.put("validFrom", "2026-01-01");
            body.put("validTo", "2025-01-01");
            assertFieldError(
                    Api.bad(Tokens.COMMUNE_ADMIN).body(body).put("/api/v1/residential-areas/" + area.get("id")).then(),
                    "validTo");
        }

        @Test
        void withoutTokenIs401() {
            assertProblem(Api.anonymous().body(Map.of()).put("/api/v1/residential-areas/1").then(), 401,
                    "unauthorized");
        }

        @Test
        void aReporterIs403() {
            Map<String, Object> area = Fixtures.newResidentialAreaInRachGia();
            assertProblem(Api.as(Tokens.COMMUNE_REPORTER).body(changes(area, "X"))
                    .put("/api/v1/residential-areas/" + area.get("id")).then(), 403, "forbidden");
        }

        @Test
        void outsideTheUnitIs403() {
            Map<String, Object> area = Fixtures.newResidentialAreaInRachGia();
            assertProblem(Api.as(Tokens.OTHER_PROVINCE_ADMIN).body(changes(area, "X"))
                    .put("/api/v1/residential-areas/" + area.get("id")).then(), 403, "out-of-scope");
        }

        @Test
        void unknownIs404() {
            Map<String, Object> area = Fixtures.newResidentialAreaInRachGia();
            assertProblem(Api.as(Tokens.COMMUNE_ADMIN).body(changes(area, "X"))
                    .put("/api/v1/residential-areas/999999999").then(), 404, "not-found");
        }
    }
}
