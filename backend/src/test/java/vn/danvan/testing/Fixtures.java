package vn.danvan.testing;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Small builders of test data, named for what they make; each call makes fresh, unique records. */
public final class Fixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String RUN = Long.toString(System.currentTimeMillis() % 100_000_000L, 36).toUpperCase();

    private Fixtures() {
    }

    /** A code no other test uses, e.g. T-K3J2X-7. */
    public static String uniqueCode(String prefix) {
        return prefix + "-" + RUN + "-" + SEQUENCE.incrementAndGet();
    }

    /** A Party-style number no other test uses, written the way letters print it: "Số 12345 -CV/TU". */
    public static int uniqueSequence() {
        return (int) (System.nanoTime() % 900_000) + 100_000 + SEQUENCE.incrementAndGet();
    }

    /** The id of an organization by its code, e.g. 91-BTGDV, looked up in its unit. */
    public static long organizationIdOf(String unitCode, String organizationCode) {
        String token = Tokens.token("fixture", unitCode, null, "admin");
        long unitId = Api.as(token).get("/api/v1/units/by-code/" + unitCode).then().statusCode(200).extract().jsonPath()
                .getLong("unit.id");
        // searched by its code (a unit may have more organizations than a page holds)
        return Api.as(token).queryParam("q", organizationCode).queryParam("unitId", unitId)
                .queryParam("includeEnded", true).queryParam("size", 100).get("/api/v1/organizations").then()
                .statusCode(200).extract().jsonPath()
                .getLong("items.find { it.code == '" + organizationCode + "' }.id");
    }

    /** The id of a former organization (ended 30/06/2025), found through its former unit. */
    public static long formerOrganizationIdOf(String formerUnitName, String organizationCode) {
        String token = Tokens.PROVINCE_ADMIN;
        long unitId = Api.as(token).queryParam("q", formerUnitName).queryParam("includeEnded", true)
                .get("/api/v1/units").then().statusCode(200).extract().jsonPath()
                .getLong("items.find { it.name == '" + formerUnitName + "' }.id");
        return Api.as(token).queryParam("includeEnded", true).get("/api/v1/units/" + unitId + "/organizations").then()
                .statusCode(200).extract().jsonPath()
                .getLong("items.find { it.code == '" + organizationCode + "' }.id");
    }

    public static long unitIdOf(String code) {
        return Api.as(Tokens.token("fixture", "91", null, "admin", "leader")).get("/api/v1/units/by-code/" + code)
                .then().statusCode(200).extract().jsonPath().getLong("unit.id");
    }

    /** A new commune under An Giang, created by the province admin. */
    public static Map<String, Object> newCommuneInAnGiang() {
        String code = uniqueCode("T");
        return Api.as(Tokens.PROVINCE_ADMIN)
                .body(Map.of("code", code, "name", "Xã Thử Nghiệm " + code, "shortName", "Thử Nghiệm " + code, "kind",
                        "COMMUNE", "parentId", unitIdOf(Tokens.PROVINCE), "validFrom", "2025-07-01"))
                .post("/api/v1/units").then().statusCode(201).extract().jsonPath().getMap("");
    }

    /** A new residential area in phường Rạch Giá, created by the commune admin. */
    public static Map<String, Object> newResidentialAreaInRachGia() {
        String code = uniqueCode("KP");
        return Api.as(Tokens.COMMUNE_ADMIN)
                .body(Map.of("unitId", unitIdOf(Tokens.COMMUNE), "code", code, "name", "Khu phố thử " + code, "kind",
                        "URBAN_QUARTER"))
                .post("/api/v1/residential-areas").then().statusCode(201).extract().jsonPath().getMap("");
    }

    /** A new organization in phường Rạch Giá, created by the commune admin. */
    public static Map<String, Object> newOrganizationInRachGia() {
        String code = uniqueCode("30742-HOI");
        return Api.as(Tokens.COMMUNE_ADMIN)
                .body(Map.of("unitId", unitIdOf(Tokens.COMMUNE), "code", code, "name", "Hội Khuyến học " + code, "kind",
                        "MASS_ASSOCIATION"))
                .post("/api/v1/organizations").then().statusCode(201).extract().jsonPath().getMap("");
    }
}
