package vn.danvan.unit;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import vn.danvan.testing.Api;
import vn.danvan.testing.Fixtures;
import vn.danvan.testing.Tokens;

/** GET /api/v1/units with {@code q} as the pickers use it: exact code or name first, then names starting with it. */
@QuarkusTest
class UnitPickerTest {

    private static String commune(String name, String shortName) {
        String code = Fixtures.uniqueCode("T");
        Api.as(Tokens.PROVINCE_ADMIN)
                .body(Map.of("code", code, "name", name, "shortName", shortName, "kind", "COMMUNE", "parentId",
                        Fixtures.unitIdOf(Tokens.PROVINCE), "validFrom", "2025-07-01"))
                .post("/api/v1/units").then().statusCode(201);
        return code;
    }

    @Test
    void exactNameThenNamesStartingWithItThenTheRest() {
        String w = Fixtures.uniqueCode("Dat").replace("-", "");
        String containing = commune("Xã Tân " + w, "Tân " + w);
        String prefix = commune("Xã " + w + " Bắc", w + " Bắc");
        String exact = commune("Xã " + w, w);

        // Vietnamese order alone would be Tân …, W, W Bắc
        Api.as(Tokens.PROVINCE_EDITOR).queryParam("q", w.toLowerCase()).get("/api/v1/units").then().statusCode(200)
                .body("items.code", contains(exact, prefix, containing));
        Api.as(Tokens.PROVINCE_EDITOR).queryParam("q", containing).get("/api/v1/units").then().statusCode(200)
                .body("items[0].code", equalTo(containing));
    }

    @Test
    void rachGiaFindsPhuongRachGiaFirst() {
        Api.as(Tokens.PROVINCE_EDITOR).queryParam("q", "rach gia").get("/api/v1/units").then().statusCode(200)
                .body("items[0].code", equalTo(Tokens.COMMUNE));
    }
}
