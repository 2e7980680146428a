package vn.danvan.survey;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.danvan.testing.Problems.assertFieldError;
import static vn.danvan.testing.Problems.assertProblem;
import static vn.danvan.testing.SurveyFixtures.PUBLIC;
import static vn.danvan.testing.SurveyFixtures.SURVEYS;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.inject.Inject;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import vn.danvan.common.config.DanvanConfig;
import vn.danvan.testing.Api;
import vn.danvan.testing.Fixtures;
import vn.danvan.testing.SurveyFixtures;
import vn.danvan.testing.SurveyFixtures.Survey;
import vn.danvan.testing.Tokens;

/**
 * Satisfaction surveys over HTTP against real PostgreSQL: the Front's whole way (design, paper forms through the
 * outbox, one-time codes, closing, publication, the public results), the publication rule, anonymity, the rate limit of
 * the public endpoints, the aggregates against counts made in SQL, and each endpoint's refusals.
 */
@QuarkusTest
class SurveyResourceTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String LEADER = Tokens.token("leader.rachgia", Tokens.COMMUNE, "30742-BTV", "leader");
    private static String sibling;

    @Inject
    AgroalDataSource db;

    @Inject
    PublicRateLimit limit;

    @Inject
    DanvanConfig config;

    private String appUrl() {
        return config.appUrl().replaceAll("/$", "");
    }

    @BeforeEach
    void fullBuckets() {
        limit.reset();
    }

    /** An editor and admin of a fresh commune of An Giang: same province, not phường Rạch Giá. */
    private static synchronized String siblingEditor() {
        if (sibling == null) {
            sibling = Tokens.token("editor.sibling", (String) Fixtures.newCommuneInAnGiang().get("code"), null,
                    "editor", "admin", "reporter");
        }
        return sibling;
    }

    private static String path(Survey s, String tail) {
        return SURVEYS + "/" + s.id() + tail;
    }

    // ---- the whole way

    @Test
    void theFrontDesignsOpensTakesPaperAndOnlineFormsClosesAndPublishesAndEveryoneReadsTheResults() {
        Survey s = SurveyFixtures.draft(3, 2);
        long a = s.areaIds().get(0);
        long b = s.areaIds().get(1);
        // seeded from the title's set: one question per criterion, the default scale, 4 and 5 satisfied
        JsonPath read = Api.as(LEADER).get(path(s, "")).then().statusCode(200).body("state", equalTo("DRAFT"))
                .body("questions", hasSize(3)).body("questions.criterionCode", contains("C1", "C2", "C3"))
                .body("scale.value", contains(1, 2, 3, 4, 5)).body("satisfiedValues", contains(4, 5))
                .body("minimumResponsePercent", equalTo(60.0f)).body("thresholdPercent", equalTo(80.0f))
                .body("plannedHouseholds", equalTo(5)).body("unit.code", equalTo(Tokens.COMMUNE)).extract().jsonPath();

        // the design changes while a draft: the plan's shares and one own question
        Map<String, Object> update = new HashMap<>();
        update.put("name", "Lấy ý kiến về kết quả xây dựng khu dân cư kiểu mẫu 2026");
        update.put("year", 2026);
        update.put("scale", read.getList("scale"));
        update.put("satisfiedValues", List.of(4, 5));
        update.put("minimumResponsePercent", 60);
        update.put("thresholdPercent", 80);
        List<Map<String, Object>> questions = new ArrayList<>();
        for (Map<String, Object> q : read.<Map<String, Object>> getList("questions")) {
            questions.add(Map.of("criterionId", q.get("criterionId"), "text", q.get("text")));
        }
        questions.add(Map.of("criterionCode", "K", "criterionName", "Ý kiến chung", "text",
                "Ông/bà hài lòng với đời sống ở khu dân cư?"));
        update.put("questions", questions);
        update.put("plan", List.of(Map.of("residentialAreaId", a, "households", 3),
                Map.of("residentialAreaId", b, "households", 2)));
        update.put("version", s.version());
        JsonPath updated = Api.as(Tokens.COMMUNE_EDITOR).body(update).put(path(s, "")).then().statusCode(200)
                .body("questions", hasSize(4)).body("questions[3].criterionName", equalTo("Ý kiến chung"))
                .body("year", equalTo(2026)).extract().jsonPath();
        s = new Survey(s.id(), updated.getLong("version"), s.titleId(), s.areaIds(),
                updated.getList("questions.id", Long.class));
        s = SurveyFixtures.step(s, "open");

        // a cadre enters paper forms one at a time through the outbox, which resends: counted once
        String key = "outbox-" + Fixtures.uniqueCode("K");
        for (int i = 0; i < 2; i++) {
            Api.as(Tokens.COMMUNE_REPORTER).header("Idempotency-Key", key).body(SurveyFixtures.form(s, a, 5, 4, 3, 5))
                    .post(path(s, "/responses")).then().statusCode(201).body("residentialAreaId", equalTo((int) a))
                    .body("answers", equalTo(4));
        }
        SurveyFixtures.enter(s, a, 4, 4, 4, 4);
        SurveyFixtures.enter(s, b, 2, 5, 5); // the fourth question left blank on paper

        // a resident answers online with a code of area b; the code works once
        List<String> codes = Api.as(Tokens.COMMUNE_EDITOR).body(Map.of("residentialAreaId", b, "count", 3))
                .post(path(s, "/codes")).then().statusCode(201).body("path", equalTo("/khao-sat/" + s.id()))
                .body("link", equalTo(appUrl() + "/khao-sat/" + s.id())).body("codes", hasSize(3))
                .body("codes", everyItem(matchesPattern(
                        "[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{4}-[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{4}-[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{4}")))
                .extract().jsonPath().getList("codes", String.class);
        Api.anonymous().get(PUBLIC + "/" + s.id() + "/questionnaire").then().statusCode(200)
                .body("questions", hasSize(4)).body("scale[4].label", equalTo("Rất hài lòng"));
        Map<String, Object> online = Map.of("code", codes.get(0).toLowerCase().replace("-", " "), "answers",
                List.of(Map.of("questionId", s.questionIds().get(0), "value", 5),
                        Map.of("questionId", s.questionIds().get(3), "value", 1)));
        Api.anonymous().body(online).post(PUBLIC + "/" + s.id() + "/responses").then().statusCode(201)
                .body("residentialAreaId", equalTo((int) b)).body("answers", equalTo(2));
        assertProblem(Api.anonymous().body(online).post(PUBLIC + "/" + s.id() + "/responses").then(), 409,
                "survey-code-spent");

        // results while open: 3/3 and 2/2, satisfaction per criterion; not publishable while open
        Api.as(Tokens.COMMUNE_REPORTER).get(path(s, "/results")).then().statusCode(200).body("responses", equalTo(4))
                .body("plannedHouseholds", equalTo(5)).body("responsePercent", equalTo(80.0f))
                .body("sampleReached", equalTo(true)).body("areas.responses", contains(2, 2))
                .body("publishable", equalTo(false)).body("blockers.code", contains("survey-not-closed"))
                .body("blockers[0].state", equalTo("OPEN"))
                .body("blockers[0].message", containsString("chưa kết thúc"));
        long v = SurveyFixtures.version(s.id());
        assertProblem(Api.as(Tokens.COMMUNE_EDITOR).body(Map.of("version", v)).post(path(s, "/publish")).then(), 409,
                "survey-not-closed").body("detail", containsString("not closed")).body("errors.field",
                        contains("survey-not-closed"));

        s = SurveyFixtures.step(s.withVersion(v), "close");
        JsonPath results = Api.as(Tokens.COMMUNE_EDITOR).get(path(s, "/results")).then().statusCode(200)
                .body("publishable", equalTo(true)).body("blockers", hasSize(0)).extract().jsonPath();
        // question 1: 5, 4, 2 on paper, 5 online → 3 of 4 satisfied (75 %, not above 80 %)
        assertEquals(4, results.getInt("criteria[0].share.answers"));
        assertEquals(3, results.getInt("criteria[0].share.satisfied"));
        assertEquals(75.0f, results.getFloat("criteria[0].share.satisfiedPercent"));
        assertFalse(results.getBoolean("criteria[0].share.passed"));
        // question 2: 4, 4, 5 → 100 %
        assertTrue(results.getBoolean("criteria[1].share.passed"));
        // the overall share: answers 4 + 3 + 3 + 3 (q4: 5, 4 on paper, 1 online)
        assertEquals(13, results.getInt("overall.answers"));

        s = SurveyFixtures.step(s, "publish");
        Api.anonymous().get(PUBLIC + "/" + s.id() + "/results").then().statusCode(200)
                .body("state", equalTo("PUBLISHED")).body("publishedOn", notNullValue())
                .body("responsePercent", equalTo(80.0f)).body("criteria", hasSize(4));
        Api.anonymous().queryParam("provinceCode", Tokens.PROVINCE).queryParam("size", 100).get(PUBLIC).then()
                .statusCode(200).body("items.id", hasItem((int) s.id()))
                .body("items.find { it.id == " + s.id() + " }.responses", equalTo(4))
                .body("items.find { it.id == " + s.id() + " }.satisfiedPercent",
                        equalTo(results.getFloat("overall.satisfiedPercent")))
                .body("items.find { it.id == " + s.id() + " }.passed", equalTo(results.getBoolean("overall.passed")));
        Api.as(LEADER).accept("*/*").get(path(s, "/results.xlsx")).then().statusCode(200).contentType(XLSX)
                .header("Content-Disposition", containsString(".xlsx"));
        Api.as(LEADER).queryParam("state", "PUBLISHED").queryParam("size", 100).get(SURVEYS).then().statusCode(200)
                .body("items.id", hasItem((int) s.id()));

        // every change of the survey is audited, the entry of a form as a count only
        List<String> actions = auditedActions(s.id());
        assertTrue(
                actions.containsAll(
                        List.of("CREATE", "UPDATE", "OPEN", "ENTER_RESPONSE", "GENERATE_CODES", "CLOSE", "PUBLISH")),
                actions.toString());
    }

    // ---- the publication rule

    @Test
    void aSurveyBelowTheSamplePlansMinimumShareCannotBePublishedAndTheShortAreasAreNamed() {
        Survey s = SurveyFixtures.step(SurveyFixtures.draft(3, 2, 1), "open");
        SurveyFixtures.enter(s, s.areaIds().get(0), 5, 5, 5);
        SurveyFixtures.enter(s, s.areaIds().get(0), 5, 5, 5); // 2 of 3: 66.7 %
        SurveyFixtures.enter(s, s.areaIds().get(2), 4, 4, 4); // 1 of 1
        // area 2: 0 of 2; overall 3 of 6: 50 %
        s = SurveyFixtures.step(s.withVersion(SurveyFixtures.version(s.id())), "close");
        String shortName = Api.as(Tokens.COMMUNE_EDITOR).get(path(s, "")).then().extract().jsonPath()
                .getString("plan.find { it.residentialAreaId == " + s.areaIds().get(1) + " }.residentialAreaName");
        assertProblem(
                Api.as(Tokens.COMMUNE_EDITOR).body(Map.of("version", s.version())).post(path(s, "/publish")).then(),
                409, "sample-not-reached").body("detail", containsString(shortName))
                        .body("detail", containsString("3/6"))
                        .body("errors.field",
                                contains("sample-not-reached", "sample-not-reached[" + s.areaIds().get(1) + "]"))
                        .body("errors[0].message", containsString("3/6"))
                        .body("errors[1].message", containsString("0/2"));
        // the results name the same blockers by the same codes, with the figures to word them
        Api.as(Tokens.COMMUNE_EDITOR).get(path(s, "/results")).then().statusCode(200)
                .body("sampleReached", equalTo(false)).body("publishable", equalTo(false))
                .body("blockers.code", contains("sample-not-reached", "sample-not-reached"))
                .body("blockers[0].residentialAreaId", equalTo(null)).body("blockers[0].responses", equalTo(3))
                .body("blockers[0].households", equalTo(6)).body("blockers[0].responsePercent", equalTo(50.0f))
                .body("blockers[1].residentialAreaId", equalTo(s.areaIds().get(1).intValue()))
                .body("blockers[1].residentialAreaName", equalTo(shortName)).body("blockers[1].responses", equalTo(0))
                .body("blockers[1].households", equalTo(2)).body("blockers[1].minimumResponsePercent", equalTo(60.0f))
                .body("blockers[1].message", containsString(shortName));
        Api.as(Tokens.COMMUNE_EDITOR).get(path(s, "")).then().body("state", equalTo("CLOSED"));
        assertProblem(Api.anonymous().get(PUBLIC + "/" + s.id() + "/results").then(), 404, "not-found");
    }

    @Test
    void theMinimumShareIsTheSurveysOwnWithTheConfiguredDefault() {
        // 3 of 4 households (75 %): enough for the default 60 %, not for a survey that asks 80 %
        Survey byDefault = SurveyFixtures.step(SurveyFixtures.draft(4), "open");
        Map<String, Object> body = SurveyFixtures.createBody(List.of(byDefault.areaIds().get(0)), 4);
        body.put("minimumResponsePercent", 80);
        body.put("thresholdPercent", 90);
        JsonPath created = Api.as(Tokens.COMMUNE_EDITOR).body(body).post(SURVEYS).then().statusCode(201)
                .body("minimumResponsePercent", equalTo(80.0f)).body("thresholdPercent", equalTo(90.0f)).extract()
                .jsonPath();
        Survey strict = SurveyFixtures.step(new Survey(created.getLong("id"), created.getLong("version"),
                byDefault.titleId(), byDefault.areaIds(), created.getList("questions.id", Long.class)), "open");
        for (Survey s : List.of(byDefault, strict)) {
            for (int i = 0; i < 3; i++) {
                SurveyFixtures.enter(s, s.areaIds().get(0), 5);
            }
        }
        SurveyFixtures.step(SurveyFixtures.step(byDefault.withVersion(SurveyFixtures.version(byDefault.id())), "close"),
                "publish");
        Survey closed = SurveyFixtures.step(strict.withVersion(SurveyFixtures.version(strict.id())), "close");
        assertProblem(Api.as(Tokens.COMMUNE_EDITOR).body(Map.of("version", closed.version()))
                .post(path(closed, "/publish")).then(), 409, "sample-not-reached").body("detail",
                        containsString("80%"));
    }

    // ---- the aggregates equal counts made in SQL

    @Test
    void theAggregatesEqualCountsMadeInSqlOverTheStoredAnswers() throws SQLException {
        Survey s = SurveyFixtures.step(SurveyFixtures.draft(10, 10), "open");
        int[][] forms = { { 5, 4, 1 }, { 4, 4, 2 }, { 3, 5, 5 }, { 1, 1, 1 }, { 5, 5 }, { 2, 3, 4 }, { 4 } };
        for (int i = 0; i < forms.length; i++) {
            SurveyFixtures.enter(s, s.areaIds().get(i % 2), forms[i]);
        }
        JsonPath r = Api.as(Tokens.COMMUNE_EDITOR).get(path(s, "/results")).then().statusCode(200).extract().jsonPath();
        try (Connection c = db.getConnection()) {
            assertEquals(count(c, "SELECT count(*) FROM satisfaction_response WHERE survey_id = ?", s.id()),
                    r.getLong("responses"));
            assertEquals(count(c, "SELECT count(*) FROM satisfaction_answer WHERE survey_id = ?", s.id()),
                    r.getLong("overall.answers"));
            assertEquals(count(c, "SELECT count(*) FROM satisfaction_answer WHERE survey_id = ? AND value IN (4, 5)",
                    s.id()), r.getLong("overall.satisfied"));
            for (int a = 0; a < 2; a++) {
                long area = s.areaIds().get(a);
                assertEquals(
                        count(c, "SELECT count(*) FROM satisfaction_response WHERE survey_id = ?"
                                + " AND residential_area_id = " + area, s.id()),
                        r.getLong("areas.find { it.residentialAreaId == " + area + " }.responses"));
            }
            for (int q = 0; q < 3; q++) {
                long question = s.questionIds().get(q);
                for (int value = 1; value <= 5; value++) {
                    assertEquals(
                            count(c, "SELECT count(*) FROM satisfaction_answer WHERE survey_id = ?"
                                    + " AND question_id = " + question + " AND value = " + value, s.id()),
                            r.getLong("criteria[" + q + "].questions[0].byValue.find { it.value == " + value
                                    + " }.count"),
                            "question " + q + ", value " + value);
                }
            }
        }
        assertEquals(7, r.getLong("responses"));
        assertEquals(4, r.getLong("criteria[0].share.satisfied")); // 5, 4, 5, 4 of 5, 4, 3, 1, 5, 2, 4
    }

    // ---- anonymity

    @Test
    void theAnswerTablesHaveNoPersonalColumnAndTheCodesAreStoredOnlyAsAnHmac() throws Exception {
        try (Connection c = db.getConnection()) {
            assertEquals(Set.of("id", "survey_id", "residential_area_id", "received_on", "channel"),
                    columns(c, "satisfaction_response"));
            assertEquals(Set.of("response_id", "survey_id", "residential_area_id", "question_id", "value"),
                    columns(c, "satisfaction_answer"));
            assertEquals(Set.of("survey_id", "residential_area_id", "responses"),
                    columns(c, "satisfaction_response_count"));
            assertEquals(Set.of("survey_id", "residential_area_id", "question_id", "value", "answers"),
                    columns(c, "satisfaction_answer_count"));
            assertEquals(Set.of("survey_id", "code_hash", "residential_area_id", "spent"),
                    columns(c, "satisfaction_code"));
            // no time of day either: the day of the form is a date
            assertEquals("date", string(c, "SELECT data_type FROM information_schema.columns"
                    + " WHERE table_name = 'satisfaction_response' AND column_name = 'received_on'"));
        }
        Survey s = SurveyFixtures.step(SurveyFixtures.draft(2), "open");
        List<String> codes = SurveyFixtures.codes(s, s.areaIds().get(0), 2);
        String plain = codes.get(0).replace("-", "");
        try (Connection c = db.getConnection()) {
            byte[] secret = bytes(c, "SELECT code_secret FROM satisfaction_survey WHERE id = ?", s.id());
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] expected = mac.doFinal(plain.getBytes(StandardCharsets.US_ASCII));
            assertArrayEquals(expected, bytes(c, "SELECT code_hash FROM satisfaction_code WHERE survey_id = ?"
                    + " AND code_hash = '\\x" + java.util.HexFormat.of().formatHex(expected) + "'", s.id()));
            assertEquals(0, count(c, "SELECT count(*) FROM satisfaction_code WHERE survey_id = ?"
                    + " AND position(convert_to('" + plain + "', 'UTF8') in code_hash) > 0", s.id()));
            assertEquals(0, count(c, "SELECT count(*) FROM audit_event WHERE entity_id = ? AND changes::text LIKE '%"
                    + plain.substring(0, 8) + "%'", s.id()));
        }
        // a code works once, and the form it sent names nobody
        Map<String, Object> body = Map.of("code", codes.get(0), "answers",
                List.of(Map.of("questionId", s.questionIds().get(0), "value", 4)));
        Api.anonymous().body(body).post(PUBLIC + "/" + s.id() + "/responses").then().statusCode(201);
        assertProblem(Api.anonymous().body(body).post(PUBLIC + "/" + s.id() + "/responses").then(), 409,
                "survey-code-spent");
        SurveyFixtures.enter(s, s.areaIds().get(0), 5);
        try (Connection c = db.getConnection()) {
            assertEquals(1, count(c, "SELECT count(*) FROM satisfaction_code WHERE survey_id = ? AND spent", s.id()));
            // the audit of an entry is a count on the survey: no answer in it
            assertEquals(0, count(c, "SELECT count(*) FROM audit_event WHERE entity_type = 'SatisfactionSurvey'"
                    + " AND entity_id = ? AND (changes::text LIKE '%questionId%' OR changes::text LIKE '%\"value\"%')",
                    s.id()));
        }
        // a code of another survey is not one of this survey's; nor is a malformed one
        Survey other = SurveyFixtures.step(SurveyFixtures.draft(2), "open");
        assertFieldError(Api.anonymous()
                .body(Map.of("code", codes.get(1), "answers",
                        List.of(Map.of("questionId", other.questionIds().get(0), "value", 4))))
                .post(PUBLIC + "/" + other.id() + "/responses").then(), "code");
        assertFieldError(Api.anonymous()
                .body(Map.of("code", "OOOO-1111-IIII", "answers",
                        List.of(Map.of("questionId", s.questionIds().get(0), "value", 4))))
                .post(PUBLIC + "/" + s.id() + "/responses").then(), "code");
    }

    // ---- the rate limit of the public endpoints

    @Test
    void thePublicEndpointsAreLimitedPerAddressAndPerSurveyWith429AndRetryAfter() {
        Survey s = SurveyFixtures.in("OPEN");
        String address = "203.0.113." + (Fixtures.uniqueSequence() % 200 + 1);
        String questionnaire = PUBLIC + "/" + s.id() + "/questionnaire";
        // the bucket refills while the loop runs (a token a second at 60 a minute): count until the first refusal
        int served = untilRefused(i -> address, questionnaire, limit.perAddressPerMinute() * 2);
        assertTrue(served >= limit.perAddressPerMinute(), "served " + served);
        assertProblem(Api.anonymous().header("X-Forwarded-For", address).get(questionnaire).then(), 429,
                "too-many-requests").header("Retry-After", matchesPattern("[1-9][0-9]*"));
        Api.anonymous().header("X-Forwarded-For", address).get(PUBLIC).then().statusCode(429).header("Retry-After",
                notNullValue());
        // another address is not held back
        Api.anonymous().header("X-Forwarded-For", "198.51.100.7").get(questionnaire).then().statusCode(200);

        // one survey from many addresses: its own bucket
        limit.reset();
        served = untilRefused(i -> "192.0.2." + (i % 250 + 1), questionnaire, limit.perSurveyPerMinute() * 2);
        assertTrue(served >= limit.perSurveyPerMinute(), "served " + served);
        assertProblem(Api.anonymous().header("X-Forwarded-For", "198.51.100.8").get(questionnaire).then(), 429,
                "too-many-requests").header("Retry-After", notNullValue());
        // the other public endpoints of that address still answer
        Api.anonymous().header("X-Forwarded-For", "198.51.100.8").get(PUBLIC).then().statusCode(200);
    }

    /**
     * Requests from the addresses given until the first 429 (which must come within {@code max}); how many were 200.
     */
    private static int untilRefused(java.util.function.IntFunction<String> address, String path, int max) {
        for (int i = 0; i < max; i++) {
            int status = Api.anonymous().header("X-Forwarded-For", address.apply(i)).get(path).then().extract()
                    .statusCode();
            if (status == 429) {
                return i;
            }
            assertEquals(200, status);
        }
        throw new AssertionError("no 429 within " + max + " requests");
    }

    // ---- refusals: 400

    @Test
    void badInputIsA400NamingTheField() {
        Survey s = SurveyFixtures.draft(2);
        long area = s.areaIds().get(0);
        assertFieldError(Api.bad(Tokens.COMMUNE_EDITOR).body(Map.of("unitId", 1)).post(SURVEYS).then(), "name");
        Map<String, Object> badScale = SurveyFixtures.createBody(List.of(area), 2);
        badScale.put("scale", List.of(Map.of("value", 1, "label", "Không"), Map.of("value", 2, "label", "Có")));
        badScale.put("satisfiedValues", List.of(3));
        assertFieldError(Api.as(Tokens.COMMUNE_EDITOR).body(badScale).post(SURVEYS).then(), "satisfiedValues[0]");
        Map<String, Object> foreignArea = SurveyFixtures.createBody(List.of(area), 2);
        foreignArea.put("unitId", Fixtures.unitIdOf((String) Fixtures.newCommuneInAnGiang().get("code")));
        assertFieldError(Api.as(Tokens.PROVINCE_EDITOR).body(foreignArea).post(SURVEYS).then(),
                "plan[0].residentialAreaId");
        Map<String, Object> province = SurveyFixtures.createBody(List.of(), new int[0]);
        province.put("unitId", Fixtures.unitIdOf(Tokens.PROVINCE));
        assertFieldError(Api.as(Tokens.PROVINCE_EDITOR).body(province).post(SURVEYS).then(), "unitId");
        Map<String, Object> ownQuestion = SurveyFixtures.createBody(List.of(area), 2);
        ownQuestion.put("questions", List.of(Map.of("text", "Câu hỏi không thuộc tiêu chí nào")));
        assertFieldError(Api.as(Tokens.COMMUNE_EDITOR).body(ownQuestion).post(SURVEYS).then(),
                "questions[0].criterionCode");
        assertFieldError(Api.bad(Tokens.COMMUNE_EDITOR).queryParam("state", "ALMOST").get(SURVEYS).then(), "state");
        assertFieldError(Api.bad(Tokens.COMMUNE_EDITOR).body(Map.of("name", "x")).put(path(s, "")).then(), "version");
        assertFieldError(Api.bad(Tokens.COMMUNE_EDITOR).body(Map.of()).post(path(s, "/open")).then(), "version");
        assertFieldError(Api.bad(Tokens.COMMUNE_EDITOR).body(Map.of()).post(path(s, "/close")).then(), "version");
        assertFieldError(Api.bad(Tokens.COMMUNE_EDITOR).body(Map.of()).post(path(s, "/publish")).then(), "version");
        assertFieldError(Api.bad(Tokens.COMMUNE_EDITOR).body(Map.of("residentialAreaId", area, "count", 0))
                .post(path(s, "/codes")).then(), "count");
        Survey open = SurveyFixtures.step(s, "open");
        assertFieldError(Api.as(Tokens.COMMUNE_REPORTER).body(SurveyFixtures.form(open, area, 7))
                .post(path(open, "/responses")).then(), "answers[0].value");
        assertFieldError(Api.as(Tokens.COMMUNE_REPORTER)
                .body(Map.of("residentialAreaId", area, "answers",
                        List.of(Map.of("questionId", open.questionIds().get(0), "value", 5),
                                Map.of("questionId", open.questionIds().get(0), "value", 4))))
                .post(path(open, "/responses")).then(), "answers[1].questionId");
        assertFieldError(Api.bad(Tokens.COMMUNE_REPORTER).body(Map.of("residentialAreaId", area, "answers", List.of()))
                .post(path(open, "/responses")).then(), "answers");
        long notPlanned = ((Number) Fixtures.newResidentialAreaInRachGia().get("id")).longValue();
        assertFieldError(Api.as(Tokens.COMMUNE_REPORTER).body(SurveyFixtures.form(open, notPlanned, 5))
                .post(path(open, "/responses")).then(), "residentialAreaId");
        assertFieldError(Api.bad(Tokens.COMMUNE_EDITOR).get(SURVEYS + "/abc").then(), "id");
        assertFieldError(
                Api.anonymous().body(Map.of("answers", List.of())).post(PUBLIC + "/" + open.id() + "/responses").then(),
                "code");
        assertFieldError(Api.anonymous().queryParam("provinceCode", "99").get(PUBLIC).then(), "provinceCode");
    }

    // ---- refusals: 401, 403

    @Test
    void withoutATokenEveryEndpointButThePublicOnesIs401() {
        Survey s = SurveyFixtures.draft(1);
        for (String p : List.of(SURVEYS, path(s, ""), path(s, "/results"), path(s, "/results.xlsx"))) {
            assertProblem(Api.anonymous().get(p).then(), 401, "unauthorized");
        }
        for (String p : List.of(SURVEYS, path(s, "/open"), path(s, "/close"), path(s, "/publish"),
                path(s, "/responses"), path(s, "/codes"))) {
            assertProblem(Api.anonymous().body(Map.of("version", 0)).post(p).then(), 401, "unauthorized");
        }
        assertProblem(Api.anonymous().body(Map.of("version", 0)).put(path(s, "")).then(), 401, "unauthorized");
        Api.anonymous().get(PUBLIC).then().statusCode(200);
    }

    @Test
    void rolesAndScopeAreChecked403() {
        Survey s = SurveyFixtures.draft(2, 1);
        long area = s.areaIds().get(0);
        // role: a leader or appraiser does not design, a reporter does not open, an appraiser does not enter forms,
        // the portal reads nothing
        assertProblem(Api.as(LEADER).body(SurveyFixtures.createBody(List.of(area), 2)).post(SURVEYS).then(), 403,
                "forbidden");
        assertProblem(
                Api.as(Tokens.COMMUNE_REPORTER).body(Map.of("version", s.version())).post(path(s, "/open")).then(), 403,
                "forbidden");
        String portal = Tokens.token("portal", Tokens.PROVINCE, null, "integration");
        assertProblem(Api.as(portal).get(path(s, "")).then(), 403, "forbidden");
        Survey open = SurveyFixtures.step(s, "open");
        String appraiser = Tokens.token("appraiser.rachgia", Tokens.COMMUNE, "30742-UBND", "appraiser");
        assertProblem(Api.as(appraiser).body(SurveyFixtures.form(open, area, 5)).post(path(open, "/responses")).then(),
                403, "forbidden");
        assertProblem(Api.as(Tokens.COMMUNE_REPORTER).body(Map.of("residentialAreaId", area, "count", 2))
                .post(path(open, "/codes")).then(), 403, "forbidden");

        // a sibling commune of the province, and another province: out of scope
        for (String outsider : List.of(siblingEditor(), Tokens.OTHER_PROVINCE_ADMIN)) {
            assertProblem(Api.as(outsider).get(path(open, "")).then(), 403, "out-of-scope");
            assertProblem(Api.as(outsider).get(path(open, "/results")).then(), 403, "out-of-scope");
            assertProblem(Api.as(outsider).accept("*/*").get(path(open, "/results.xlsx")).then(), 403, "out-of-scope");
            assertProblem(
                    Api.as(outsider).body(SurveyFixtures.form(open, area, 5)).post(path(open, "/responses")).then(),
                    403, "out-of-scope");
            assertProblem(Api.as(outsider).body(Map.of("residentialAreaId", area, "count", 1))
                    .post(path(open, "/codes")).then(), 403, "out-of-scope");
            assertProblem(Api.as(outsider).body(Map.of("version", open.version())).post(path(open, "/close")).then(),
                    403, "out-of-scope");
            assertProblem(Api.as(outsider).body(SurveyFixtures.createBody(List.of(area), 2)).post(SURVEYS).then(), 403,
                    "out-of-scope").body("errors.field", hasItem("unitId"));
            Api.as(outsider).queryParam("size", 100).get(SURVEYS).then().statusCode(200).body("items.id",
                    not(hasItem((int) open.id())));
        }
        // a cadre of one residential area enters forms of that area only
        String areaReporter = Tokens.areaReporter("reporter.area", Tokens.COMMUNE,
                (String) Api.as(Tokens.COMMUNE_EDITOR).get("/api/v1/residential-areas/" + s.areaIds().get(1)).then()
                        .extract().jsonPath().getString("code"));
        assertProblem(
                Api.as(areaReporter).body(SurveyFixtures.form(open, area, 5)).post(path(open, "/responses")).then(),
                403, "out-of-scope");
        Api.as(areaReporter).body(SurveyFixtures.form(open, s.areaIds().get(1), 5)).post(path(open, "/responses"))
                .then().statusCode(201);
        // the province reaches its communes' surveys
        Api.as(Tokens.PROVINCE_LEADER).get(path(open, "")).then().statusCode(200);
    }

    // ---- refusals: 404, 409

    @Test
    void unknownSurveysAndTitlesAre404() {
        String none = SURVEYS + "/987654321";
        assertProblem(Api.as(Tokens.COMMUNE_EDITOR).get(none).then(), 404, "not-found");
        assertProblem(Api.as(Tokens.COMMUNE_EDITOR).get(none + "/results").then(), 404, "not-found");
        assertProblem(Api.as(Tokens.COMMUNE_EDITOR).accept("*/*").get(none + "/results.xlsx").then(), 404, "not-found");
        for (String step : List.of("/open", "/close", "/publish")) {
            assertProblem(Api.as(Tokens.COMMUNE_EDITOR).body(Map.of("version", 0)).post(none + step).then(), 404,
                    "not-found");
        }
        assertProblem(Api.as(Tokens.COMMUNE_REPORTER)
                .body(Map.of("residentialAreaId", 1, "answers", List.of(Map.of("questionId", 1, "value", 5))))
                .post(none + "/responses").then(), 404, "not-found");
        assertProblem(Api.as(Tokens.COMMUNE_EDITOR).body(Map.of("residentialAreaId", 1, "count", 1))
                .post(none + "/codes").then(), 404, "not-found");
        Map<String, Object> body = SurveyFixtures.createBody(List.of(), new int[0]);
        Map<String, Object> update = new HashMap<>(Map.of("name", "x", "year", 2026, "scale",
                List.of(Map.of("value", 1, "label", "Không"), Map.of("value", 2, "label", "Có")), "satisfiedValues",
                List.of(2), "minimumResponsePercent", 60, "thresholdPercent", 80, "questions", List.of(), "plan",
                List.of(), "version", 0));
        assertProblem(Api.as(Tokens.COMMUNE_EDITOR).body(update).put(none).then(), 404, "not-found");
        body.put("titleId", 987654321);
        assertProblem(Api.as(Tokens.COMMUNE_EDITOR).body(body).post(SURVEYS).then(), 404, "not-found");
        body.put("titleId", SurveyFixtures.title().id());
        body.put("unitId", 987654321);
        assertProblem(Api.as(Tokens.COMMUNE_EDITOR).body(body).post(SURVEYS).then(), 404, "not-found");
        // the public endpoints: a survey not published (or not open) is not found
        Survey draft = SurveyFixtures.draft(1);
        assertProblem(Api.anonymous().get(PUBLIC + "/" + draft.id() + "/results").then(), 404, "not-found");
        assertProblem(Api.anonymous().get(PUBLIC + "/" + draft.id() + "/questionnaire").then(), 404, "not-found");
        assertProblem(Api.anonymous()
                .body(Map.of("code", "ABCD-EFGH-JKMN", "answers",
                        List.of(Map.of("questionId", draft.questionIds().get(0), "value", 5))))
                .post(PUBLIC + "/" + draft.id() + "/responses").then(), 404, "not-found");
    }

    @Test
    void staleVersionsAndWrongStatesAre409() {
        Survey s = SurveyFixtures.draft(1);
        long area = s.areaIds().get(0);
        assertProblem(
                Api.as(Tokens.COMMUNE_EDITOR).body(Map.of("version", s.version() + 5)).post(path(s, "/open")).then(),
                409, "stale-version");
        // a draft takes no forms and cannot be closed or published
        assertProblem(Api.as(Tokens.COMMUNE_REPORTER).body(SurveyFixtures.form(s, area, 5)).post(path(s, "/responses"))
                .then(), 409, "conflict");
        assertProblem(Api.as(Tokens.COMMUNE_EDITOR).body(Map.of("version", s.version())).post(path(s, "/close")).then(),
                409, "conflict");
        assertProblem(
                Api.as(Tokens.COMMUNE_EDITOR).body(Map.of("version", s.version())).post(path(s, "/publish")).then(),
                409, "survey-not-closed").body("errors.field",
                        contains("survey-not-closed", "sample-not-reached", "sample-not-reached[" + area + "]"));
        // nothing to ask: cannot open
        Map<String, Object> empty = SurveyFixtures.createBody(List.of(), new int[0]);
        JsonPath e = Api.as(Tokens.COMMUNE_EDITOR).body(empty).post(SURVEYS).then().statusCode(201).extract()
                .jsonPath();
        assertProblem(Api.as(Tokens.COMMUNE_EDITOR).body(Map.of("version", e.getLong("version")))
                .post(SURVEYS + "/" + e.getLong("id") + "/open").then(), 409, "conflict").body("detail",
                        containsString("sample plan"));

        Survey open = SurveyFixtures.step(s, "open");
        Map<String, Object> update = new HashMap<>(Map.of("name", "x", "year", 2026, "scale",
                List.of(Map.of("value", 1, "label", "Không"), Map.of("value", 2, "label", "Có")), "satisfiedValues",
                List.of(2), "minimumResponsePercent", 60, "thresholdPercent", 80, "questions", List.of(), "plan",
                List.of(), "version", open.version()));
        assertProblem(Api.as(Tokens.COMMUNE_EDITOR).body(update).put(path(open, "")).then(), 409, "conflict");
        assertProblem(
                Api.as(Tokens.COMMUNE_EDITOR).body(Map.of("version", open.version())).post(path(open, "/open")).then(),
                409, "conflict");
        Survey closed = SurveyFixtures.step(open, "close");
        assertProblem(Api.as(Tokens.COMMUNE_EDITOR).body(Map.of("residentialAreaId", area, "count", 1))
                .post(path(closed, "/codes")).then(), 409, "conflict");
        assertProblem(Api.as(Tokens.COMMUNE_REPORTER).body(SurveyFixtures.form(closed, area, 5))
                .post(path(closed, "/responses")).then(), 409, "conflict");
        assertProblem(Api.anonymous()
                .body(Map.of("code", "ABCD-EFGH-JKMN", "answers",
                        List.of(Map.of("questionId", closed.questionIds().get(0), "value", 5))))
                .post(PUBLIC + "/" + closed.id() + "/responses").then(), 409, "conflict");
        assertProblem(Api.as(Tokens.COMMUNE_EDITOR).body(Map.of("version", closed.version() - 1))
                .post(path(closed, "/publish")).then(), 409, "stale-version");
    }

    // ---- helpers

    private List<String> auditedActions(long id) {
        List<String> actions = new ArrayList<>();
        try (Connection c = db.getConnection();
                PreparedStatement st = c.prepareStatement(
                        "SELECT changes->>'action' FROM audit_event WHERE entity_type = 'SatisfactionSurvey'"
                                + " AND entity_id = ? ORDER BY id")) {
            st.setLong(1, id);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    actions.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return actions;
    }

    private static Set<String> columns(Connection c, String table) throws SQLException {
        Set<String> names = new TreeSet<>();
        try (PreparedStatement st = c.prepareStatement(
                "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema()"
                        + " AND table_name = ?")) {
            st.setString(1, table);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
        }
        return names;
    }

    private static long count(Connection c, String sql, long surveyId) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            st.setLong(1, surveyId);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static byte[] bytes(Connection c, String sql, long surveyId) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            st.setLong(1, surveyId);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getBytes(1);
            }
        }
    }

    private static String string(Connection c, String sql) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql); ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }
}
