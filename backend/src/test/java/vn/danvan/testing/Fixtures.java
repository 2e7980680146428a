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
