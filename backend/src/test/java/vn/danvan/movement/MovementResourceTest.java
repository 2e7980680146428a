package vn.danvan.movement;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static vn.danvan.testing.Problems.assertFieldError;
import static vn.danvan.testing.Problems.assertProblem;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import vn.danvan.testing.Api;
import vn.danvan.testing.EmulationFixtures;
import vn.danvan.testing.Fixtures;
import vn.danvan.testing.Tokens;

/** Movements: launched by the province's editors, read down to the communes, their fields and round windows kept. */
@QuarkusTest
class MovementResourceTest {

    private static final String MOVEMENTS = "/api/v1/emulation/movements";
    private static final long BOARD = Fixtures.organizationIdOf(Tokens.PROVINCE, "91-BTGDV");

    @Test
    void theSeededMovementOf70CvTuIsReadByTheProvinceAndItsCommunes() {
        Api.as(Tokens.COMMUNE_REPORTER).get(MOVEMENTS).then().statusCode(200).body("name", hasItem("Dân vận khéo"));
        var seeded = Api.as(Tokens.PROVINCE_LEADER).get(MOVEMENTS).then().extract().jsonPath()
                .getLong("find { it.name == 'Dân vận khéo' }.id");
        Api.as(Tokens.COMMUNE_REPORTER).get(MOVEMENTS + "/" + seeded).then().statusCode(200)
                .body("fields.code", hasItem("XAY_DUNG_HE_THONG_CHINH_TRI"))
                .body("periods[0].name", equalTo("2021–2025")).body("periods[0].demo", equalTo(false))
                .body("periods[1].demo", equalTo(true)).body("periods[0].rounds.kind", hasItem("MID_TERM"))
                .body("periods[0].rounds.find { it.kind == 'MID_TERM' }.year", equalTo(2023));
        assertProblem(Api.as(Tokens.OTHER_PROVINCE_ADMIN).get(MOVEMENTS + "/" + seeded).then(), 403, "out-of-scope");
        Api.as(Tokens.OTHER_PROVINCE_ADMIN).get(MOVEMENTS).then().statusCode(200).body("name",
                org.hamcrest.Matchers.not(hasItem("Dân vận khéo")));
        assertProblem(Api.anonymous().get(MOVEMENTS).then(), 401, "unauthorized");
        assertProblem(Api.as(Tokens.token("portal", Tokens.PROVINCE, null, "integration")).get(MOVEMENTS).then(), 403,
                "forbidden");
        assertProblem(Api.as(Tokens.PROVINCE_ADMIN).get(MOVEMENTS + "/987654321").then(), 404, "not-found");
    }

    @Test
    void aMovementIsLaunchedWithValidFieldsPeriodsAndRounds() {
        Map<String, Object> body = EmulationFixtures.movementBody(BOARD);
        Api.as(Tokens.PROVINCE_EDITOR).body(body).post(MOVEMENTS).then().statusCode(201)
                .body("organization.code", equalTo("91-BTGDV")).body("periods[0].rounds.size()", equalTo(3));
        assertFieldError(Api.bad(Tokens.PROVINCE_EDITOR).body(with(body, "fields", List.of())).post(MOVEMENTS).then(),
                "fields");
        assertFieldError(Api.bad(Tokens.PROVINCE_EDITOR)
                .body(with(body, "fields",
                        List.of(Map.of("code", "KINH_TE", "name", "A"), Map.of("code", "KINH_TE", "name", "B"))))
                .post(MOVEMENTS).then(), "fields");
        var today = EmulationFixtures.today();
        Map<String, Object> badRound = Map.of("kind", "YEARLY", "year", today.getYear(), "registrationFrom",
                today.toString(), "registrationTo", today.minusDays(1).toString(), "appraisalDeadline",
                today.toString());
        assertFieldError(
                Api.bad(Tokens.PROVINCE_EDITOR)
                        .body(with(body, "periods",
                                List.of(Map.of("startYear", today.getYear(), "endYear", today.getYear(), "rounds",
                                        List.of(badRound)))))
                        .post(MOVEMENTS).then(),
                "periods[0].rounds[0].registrationTo");
        assertProblem(Api.anonymous().body(body).post(MOVEMENTS).then(), 401, "unauthorized");
        assertProblem(Api.as(Tokens.COMMUNE_REPORTER).body(body).post(MOVEMENTS).then(), 403, "forbidden");
        assertProblem(Api.as(Tokens.COMMUNE_EDITOR).body(body).post(MOVEMENTS).then(), 403, "out-of-scope")
                .body("errors.field", hasItem("organizationId"));
        assertFieldError(
                Api.as(Tokens.PROVINCE_EDITOR).body(with(body, "directiveId", 987654321)).post(MOVEMENTS).then(),
                "directiveId");
    }

    @Test
    void fieldsAndWindowsChangeWithTheVersionAndAUsedFieldStays() {
        EmulationFixtures.Movement movement = EmulationFixtures.newMovement();
        String url = MOVEMENTS + "/" + movement.id();
        List<Map<String, String>> fields = List.of(Map.of("code", "KINH_TE", "name", "Kinh tế"),
                Map.of("code", "VAN_HOA_XA_HOI", "name", "Văn hóa – xã hội"),
                Map.of("code", "NONG_THON_MOI", "name", "Xây dựng nông thôn mới"));
        Api.as(Tokens.PROVINCE_EDITOR).body(Map.of("name", "Dân vận khéo (tỉnh)", "fields", fields, "version", 0))
                .put(url).then().statusCode(200).body("fields.code", hasItem("NONG_THON_MOI"))
                .body("version", equalTo(1));
        assertProblem(Api.as(Tokens.PROVINCE_EDITOR).body(Map.of("name", "X", "fields", fields, "version", 0)).put(url)
                .then(), 409, "stale-version");
        assertProblem(
                Api.as(Tokens.COMMUNE_EDITOR).body(Map.of("name", "X", "fields", fields, "version", 1)).put(url).then(),
                403, "out-of-scope");
        assertProblem(Api.as(Tokens.PROVINCE_EDITOR).body(Map.of("name", "X", "fields", fields, "version", 1))
                .put(MOVEMENTS + "/987654321").then(), 404, "not-found");
        // a model in KINH_TE: the field cannot be removed
        Map<String, Object> registration = EmulationFixtures.registration(movement.openRound(),
                "Mô hình " + Fixtures.uniqueCode("F"));
        Api.as(Tokens.COMMUNE_REPORTER).body(registration).post("/api/v1/mobilization-models").then().statusCode(201);
        assertProblem(Api.as(Tokens.PROVINCE_EDITOR)
                .body(Map.of("name", "X", "fields", List.of(fields.get(1)), "version", 1)).put(url).then(), 409,
                "conflict");

        String round = "/api/v1/emulation/rounds/" + movement.openRound();
        var today = EmulationFixtures.today();
        Map<String, Object> window = new HashMap<>(
                Map.of("registrationFrom", today.minusDays(5).toString(), "registrationTo",
                        today.plusDays(5).toString(), "appraisalDeadline", today.plusDays(9).toString(), "version", 0));
        Api.as(Tokens.PROVINCE_EDITOR).body(window).put(round).then().statusCode(200).body("version", equalTo(1));
        assertProblem(Api.as(Tokens.PROVINCE_EDITOR).body(window).put(round).then(), 409, "stale-version");
        assertFieldError(Api.as(Tokens.PROVINCE_EDITOR)
                .body(with(with(window, "version", 1), "appraisalDeadline", today.minusDays(30).toString())).put(round)
                .then(), "appraisalDeadline");
        assertProblem(Api.as(Tokens.COMMUNE_EDITOR).body(with(window, "version", 1)).put(round).then(), 403,
                "out-of-scope");
        assertProblem(Api.as(Tokens.PROVINCE_EDITOR).body(window).put("/api/v1/emulation/rounds/987654321").then(), 404,
                "not-found");
    }

    private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(key, value);
        return copy;
    }
}
