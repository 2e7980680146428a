package vn.danvan.common.idempotency;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.danvan.testing.Problems.assertFieldError;
import static vn.danvan.testing.Problems.assertProblem;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

import vn.danvan.testing.Api;
import vn.danvan.testing.Documents;
import vn.danvan.testing.Fixtures;
import vn.danvan.testing.TaskFixtures;
import vn.danvan.testing.Tokens;

/** Idempotency-Key on POST and PUT: a replay gets the first answer and never does the work twice. */
@QuarkusTest
class IdempotencyKeyTest {

    @Inject
    DataSource database;

    /** A plan of the province's board, with a number no other test uses. */
    private static Map<String, Object> plan(String number) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", "PLAN");
        body.put("number", number);
        body.put("issuerId", TaskFixtures.board());
        body.put("issueDate", "2026-03-02");
        body.put("subject", "Kế hoạch thực hiện phong trào thi đua “Dân vận khéo” năm 2026");
        body.put("recipientIds", List.of(Fixtures.organizationIdOf(Tokens.COMMUNE, "30742-DU")));
        return body;
    }

    private static String number() {
        return Fixtures.uniqueSequence() + "-KH/BTGDVTU";
    }

    private static String key() {
        return "outbox:" + UUID.randomUUID();
    }

    private long count(String sql, Object... parameters) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private long directivesNumbered(String number) throws SQLException {
        return count("SELECT count(*) FROM directive WHERE number_text = ?", number);
    }

    private long auditEventsOf(String entityType, long id) throws SQLException {
        return count("SELECT count(*) FROM audit_event WHERE entity_type = ? AND entity_id = ?", entityType, id);
    }

    @Test
    void aReplayedCreateReturnsTheFirstAnswerAndCreatesOnce() throws SQLException {
        String key = key();
        String number = number();
        ExtractableResponse<Response> first = Api.as(Tokens.PROVINCE_EDITOR).header("Idempotency-Key", key)
                .body(plan(number)).post("/api/v1/directives").then().statusCode(201)
                .header("Idempotency-Replayed", nullValue()).extract();
        long id = first.jsonPath().getLong("id");

        ExtractableResponse<Response> again = Api.as(Tokens.PROVINCE_EDITOR).header("Idempotency-Key", key)
                .body(plan(number)).post("/api/v1/directives").then().statusCode(201)
                .header("Idempotency-Replayed", "true").contentType("application/json").extract();
        assertEquals(first.asString(), again.asString());
        assertEquals(first.header("Location"), again.header("Location"));
        assertTrue(again.header("Location").endsWith("/api/v1/directives/" + id));

        assertEquals(1, directivesNumbered(number));
        assertEquals(1, auditEventsOf("Directive", id));
    }

    @Test
    void aReplayedUploadStoresOneAttachment() {
        TaskFixtures.Unit unit = TaskFixtures.newOrganization();
        String report = TaskFixtures.currentReportOf(unit, "Báo cáo có ảnh");
        String key = key();
        byte[] photo = Documents.png();
        long id = Api.upload(unit.reporter()).header("Idempotency-Key", key)
                .multiPart("file", "anh-hoi-nghi.png", photo, "image/png").post(report + "/attachments").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        Api.upload(unit.reporter()).header("Idempotency-Key", key)
                .multiPart("file", "anh-hoi-nghi.png", photo, "image/png").post(report + "/attachments").then()
                .statusCode(201).header("Idempotency-Replayed", "true").body("id", equalTo((int) id))
                .header("Location", org.hamcrest.Matchers.endsWith(report + "/attachments/" + id));
        // another file under the same key is another request
        assertProblem(Api.upload(unit.reporter()).header("Idempotency-Key", key)
                .multiPart("file", "anh-khac.png", Documents.docx("Biên bản"), "image/png")
                .post(report + "/attachments").then(), 409, "idempotency-key-reused");
        Api.as(unit.reporter()).get(report + "/attachments").then().statusCode(200).body("$", hasSize(1));
    }

    @Test
    void aReplayedSubmissionGetsTheFirst200InsteadOf409() {
        TaskFixtures.Unit unit = TaskFixtures.newOrganization();
        String report = TaskFixtures.currentReportOf(unit, "Báo cáo quý");
        String key = key();
        Map<String, Object> submission = Map.of("text", "Đã tổ chức hội nghị ở 5 ấp.", "version", 0);
        String first = Api.as(unit.reporter()).header("Idempotency-Key", key).body(submission).put(report).then()
                .statusCode(200).body("status", equalTo("SUBMITTED")).extract().asString();
        String again = Api.as(unit.reporter()).header("Idempotency-Key", key).body(submission).put(report).then()
                .statusCode(200).header("Idempotency-Replayed", "true").extract().asString();
        assertEquals(first, again);
        // without the key the same request is what it always was: submitted already
        assertProblem(Api.as(unit.reporter()).body(submission).put(report).then(), 409, "stale-version");
    }

    @Test
    void keysBelongToTheirUser() throws SQLException {
        String key = key();
        String otherEditor = Tokens.token("editor2.angiang", Tokens.PROVINCE, "91-BTGDV", "editor");
        String first = number();
        String second = number();
        long a = Api.as(Tokens.PROVINCE_EDITOR).header("Idempotency-Key", key).body(plan(first))
                .post("/api/v1/directives").then().statusCode(201).extract().jsonPath().getLong("id");
        long b = Api.as(otherEditor).header("Idempotency-Key", key).body(plan(second)).post("/api/v1/directives").then()
                .statusCode(201).header("Idempotency-Replayed", nullValue()).extract().jsonPath().getLong("id");
        assertNotEquals(a, b);
        assertEquals(1, directivesNumbered(first));
        assertEquals(1, directivesNumbered(second));
    }

    @Test
    void theSameKeyForAnotherRequestIs409() throws SQLException {
        String key = key();
        String number = number();
        Api.as(Tokens.PROVINCE_EDITOR).header("Idempotency-Key", key).body(plan(number)).post("/api/v1/directives")
                .then().statusCode(201);
        String other = number();
        assertProblem(Api.as(Tokens.PROVINCE_EDITOR).header("Idempotency-Key", key).body(plan(other))
                .post("/api/v1/directives").then(), 409, "idempotency-key-reused");
        long task = 1;
        assertProblem(Api.as(Tokens.PROVINCE_EDITOR).header("Idempotency-Key", key)
                .body(Map.of("tasks", List.of(TaskFixtures.task(1, "CONTINUOUS"))))
                .post("/api/v1/directives/" + task + "/tasks").then(), 409, "idempotency-key-reused");
        assertEquals(0, directivesNumbered(other));
    }

    @Test
    void anAnswerThatIsAnErrorIsNotKept() throws SQLException {
        String key = key();
        String number = number();
        Map<String, Object> wrong = new HashMap<>(plan(number));
        wrong.remove("subject");
        assertFieldError(Api.bad(Tokens.PROVINCE_EDITOR).header("Idempotency-Key", key).body(wrong)
                .post("/api/v1/directives").then(), "subject");
        // out of scope (403): the work is rolled back with the key
        Map<String, Object> hanoi = new HashMap<>(plan(number));
        hanoi.put("issuerId", Fixtures.organizationIdOf("01", "01-MTTQ"));
        assertProblem(Api.as(Tokens.PROVINCE_EDITOR).header("Idempotency-Key", key).body(hanoi)
                .post("/api/v1/directives").then(), 403, "out-of-scope");
        Api.as(Tokens.PROVINCE_EDITOR).header("Idempotency-Key", key).body(plan(number)).post("/api/v1/directives")
                .then().statusCode(201).header("Idempotency-Replayed", nullValue());
        assertEquals(1, directivesNumbered(number));
    }

    @Test
    void aKeyThatIsNotOneIs400() {
        for (String bad : List.of("", "has space", "dấu", "a".repeat(101), "semi;colon")) {
            assertFieldError(Api.bad(Tokens.PROVINCE_EDITOR).header("Idempotency-Key", bad).body(plan(number()))
                    .post("/api/v1/directives").then(), "Idempotency-Key");
        }
        assertFieldError(Api.bad(Tokens.PROVINCE_EDITOR).header("Idempotency-Key", key())
                .header("Idempotency-Key", key()).body(plan(number())).post("/api/v1/directives").then(),
                "Idempotency-Key");
        // the longest key, and every character allowed
        Api.as(Tokens.PROVINCE_EDITOR).header("Idempotency-Key", "aZ09._:-" + UUID.randomUUID() + "x".repeat(56))
                .body(plan(number())).post("/api/v1/directives").then().statusCode(201);
    }

    @Test
    void withoutTokenIs401WhateverTheKey() {
        assertProblem(Api.anonymous().header("Idempotency-Key", key()).body(Map.of()).post("/api/v1/directives").then(),
                401, "unauthorized");
        assertProblem(
                Api.anonymous().header("Idempotency-Key", "not a key").body(Map.of()).post("/api/v1/directives").then(),
                401, "unauthorized");
    }

    @Test
    void readsAndParsingIgnoreTheKey() {
        String key = key();
        for (int i = 0; i < 2; i++) {
            Api.as(Tokens.PROVINCE_EDITOR).header("Idempotency-Key", key)
                    .body(Map.of("text", "TỈNH ỦY AN GIANG\nSố 12-KH/TU\nKẾ HOẠCH\nthực hiện phong trào"))
                    .post("/api/v1/directives/parse").then().statusCode(200)
                    .header("Idempotency-Replayed", nullValue());
        }
    }

    @Test
    void twoConcurrentUploadsWithOneKeyStoreOneAttachment() throws Exception {
        TaskFixtures.Unit unit = TaskFixtures.newOrganization();
        String report = TaskFixtures.currentReportOf(unit, "Báo cáo gửi hai lần");
        String key = key();
        byte[] photo = Documents.png();
        CountDownLatch ready = new CountDownLatch(2);
        CountDownLatch go = new CountDownLatch(1);
        Callable<Response> upload = () -> {
            ready.countDown();
            go.await();
            return RestAssured.given().auth().oauth2(unit.reporter()).header("Idempotency-Key", key)
                    .accept("application/json, application/problem+json")
                    .multiPart("file", "anh.png", photo, "image/png").post(report + "/attachments");
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Response>> answers = new ArrayList<>();
            answers.add(pool.submit(upload));
            answers.add(pool.submit(upload));
            assertTrue(ready.await(30, TimeUnit.SECONDS));
            go.countDown();
            List<Long> ids = new ArrayList<>();
            int inProgress = 0;
            for (Future<Response> answer : answers) {
                Response response = answer.get(60, TimeUnit.SECONDS);
                if (response.statusCode() == 409) {
                    assertEquals("https://danvan.vn/problems/idempotency-in-progress", response.jsonPath().get("type"));
                    assertEquals("1", response.header("Retry-After"));
                    inProgress++;
                } else {
                    assertEquals(201, response.statusCode(), response.asString());
                    ids.add(response.jsonPath().getLong("id"));
                }
            }
            assertTrue(inProgress <= 1);
            assertEquals(1, ids.stream().distinct().count(), "both answers name one attachment: " + ids);
            // one of them did the work; the other waited for it and replayed its answer (or was told to retry)
            assertEquals(1, answers.stream().filter(a -> done(a).statusCode() == 201)
                    .filter(a -> done(a).header("Idempotency-Replayed") == null).count());
        } finally {
            pool.shutdownNow();
        }
        Api.as(unit.reporter()).get(report + "/attachments").then().statusCode(200).body("$", hasSize(1));
    }

    @Test
    void twoConcurrentCreatesWithOneKeyCreateOnce() throws Exception {
        String key = key();
        String number = number();
        Map<String, Object> body = plan(number);
        CountDownLatch ready = new CountDownLatch(2);
        CountDownLatch go = new CountDownLatch(1);
        Callable<Response> create = () -> {
            ready.countDown();
            go.await();
            return RestAssured.given().auth().oauth2(Tokens.PROVINCE_EDITOR).header("Idempotency-Key", key)
                    .contentType("application/json").accept("application/json, application/problem+json").body(body)
                    .post("/api/v1/directives");
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Response> answers = new ArrayList<>();
        try {
            Future<Response> a = pool.submit(create);
            Future<Response> b = pool.submit(create);
            assertTrue(ready.await(30, TimeUnit.SECONDS));
            go.countDown();
            answers.add(a.get(60, TimeUnit.SECONDS));
            answers.add(b.get(60, TimeUnit.SECONDS));
        } finally {
            pool.shutdownNow();
        }
        List<Long> ids = answers.stream().filter(r -> r.statusCode() == 201).map(r -> r.jsonPath().getLong("id"))
                .distinct().toList();
        assertEquals(1, ids.size(), answers.stream().map(Response::asString).toList().toString());
        answers.stream().filter(r -> r.statusCode() != 201).forEach(r -> {
            assertEquals(409, r.statusCode());
            assertEquals("https://danvan.vn/problems/idempotency-in-progress", r.jsonPath().get("type"));
        });
        assertEquals(1, answers.stream().filter(r -> r.statusCode() == 201)
                .filter(r -> r.header("Idempotency-Replayed") == null).count());
        assertEquals(1, directivesNumbered(number));
        assertEquals(1, auditEventsOf("Directive", ids.get(0)));
    }

    private static Response done(Future<Response> answer) {
        try {
            return answer.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void withoutTheKeyNothingChanges() {
        Api.as(Tokens.PROVINCE_EDITOR).body(plan(number())).post("/api/v1/directives").then().statusCode(201)
                .header("Idempotency-Replayed", nullValue()).body("id", not(equalTo(null)));
    }
}
