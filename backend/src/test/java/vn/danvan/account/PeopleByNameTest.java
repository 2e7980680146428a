package vn.danvan.account;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import vn.danvan.testing.Api;
import vn.danvan.testing.Documents;
import vn.danvan.testing.Fixtures;
import vn.danvan.testing.TaskFixtures;
import vn.danvan.testing.Tokens;

/**
 * People by name: the actors of tasks, reports, their histories and evidence, explanations and audit events come with
 * the name and organization the user directory learned from their token (GET /me), a login never seen by its login
 * name; and a page's people are read in one query, however many rows name them.
 */
@QuarkusTest
class PeopleByNameTest {

    @Inject
    EntityManagerFactory emf;

    /** A reporter of phường Rạch Giá, under a login no other test uses. */
    private static String reporter(String username, String organizationCode) {
        return Tokens.token(username, Tokens.COMMUNE, organizationCode, "reporter");
    }

    private static void opensTheApp(String token) {
        Api.as(token).get("/api/v1/me").then().statusCode(200);
    }

    /** A continuous task of the province given to the organization: the path of its current report. */
    private static String reportOf(long organizationId, String token) {
        int assignment = TaskFixtures.assignmentDue(organizationId, null, "Nhiệm vụ có người báo cáo");
        return "/api/v1/reports/" + Api.as(token).get("/api/v1/assignments/" + assignment + "/reports").then()
                .statusCode(200).extract().jsonPath().getInt("[-1].id");
    }

    @Test
    void aReportNamesItsSubmitterReviewerHistoryAndEvidenceByName() {
        TaskFixtures.Unit unit = TaskFixtures.newOrganization();
        String login = "reporter." + unit.code().toLowerCase();
        opensTheApp(unit.reporter());
        opensTheApp(Tokens.PROVINCE_EDITOR);
        String report = reportOf(unit.id(), unit.reporter());
        Api.upload(unit.reporter()).multiPart("file", "anh.png", Documents.png(), "application/octet-stream")
                .post(report + "/attachments").then().statusCode(201).body("uploadedByPerson.username", equalTo(login))
                .body("uploadedByPerson.displayName", equalTo("Người dùng " + login))
                .body("uploadedByPerson.organization.code", equalTo(unit.code()));
        Api.as(unit.reporter()).body(Map.of("text", "Báo cáo quý", "version", 0)).put(report).then().statusCode(200);
        Api.as(Tokens.PROVINCE_EDITOR).body(Map.of("decision", "RETURNED", "comment", "Bổ sung", "version", 1))
                .post(report + "/review").then().statusCode(200);

        JsonPath read = Api.as(Tokens.PROVINCE_EDITOR).get(report).then().statusCode(200).extract().jsonPath();
        assertEquals(login, read.getString("submittedBy"));
        assertEquals("Người dùng " + login, read.getString("submittedByPerson.displayName"));
        assertEquals(unit.id(), read.getLong("submittedByPerson.organization.id"));
        assertEquals(unit.code(), read.getString("submittedByPerson.organization.code"));
        assertEquals("Người dùng editor.angiang", read.getString("reviewedByPerson.displayName"));
        assertEquals("91-BTGDV", read.getString("reviewedByPerson.organization.code"));
        assertEquals(List.of("Người dùng " + login, "Người dùng editor.angiang"),
                read.getList("history.actorPerson.displayName"));
        assertEquals("Người dùng " + login, read.getString("attachments[0].uploadedByPerson.displayName"));
    }

    @Test
    void aLoginNeverSeenIsNamedByItselfWithNoOrganization() {
        String login = "reporter.chua-mo-" + Fixtures.uniqueCode("x").toLowerCase();
        String token = reporter(login, "30742-DU");
        String report = reportOf(Fixtures.organizationIdOf(Tokens.COMMUNE, "30742-DU"), token);

        Api.as(token).body(Map.of("text", "Báo cáo của người chưa mở ứng dụng", "version", 0)).put(report).then()
                .statusCode(200).body("submittedByPerson.username", equalTo(login))
                .body("submittedByPerson.displayName", equalTo(login))
                .body("submittedByPerson.organization", nullValue())
                .body("history[0].actorPerson.displayName", equalTo(login));
    }

    @Test
    void aTaskItsAuthorAnExplanationItsAskerAndAnAuditEventItsActor() {
        opensTheApp(Tokens.PROVINCE_EDITOR);
        opensTheApp(Tokens.PROVINCE_LEADER);
        long directive = ((Number) TaskFixtures.plan().get("id")).longValue();
        int task = Api.as(Tokens.PROVINCE_EDITOR).body(Map.of("tasks", List.of(TaskFixtures.task(1, "DATE"))))
                .post("/api/v1/directives/" + directive + "/tasks").then().statusCode(201)
                .body("[0].createdByPerson.displayName", equalTo("Người dùng editor.angiang")).extract().jsonPath()
                .getInt("[0].id");
        Api.as(Tokens.PROVINCE_EDITOR).get("/api/v1/directives/" + directive + "/tasks").then().statusCode(200)
                .body("[0].createdByPerson.organization.code", equalTo("91-BTGDV"));
        Api.as(Tokens.PROVINCE_ADMIN).queryParam("entityType", "Task").queryParam("entityId", task)
                .get("/api/v1/audit-events").then().statusCode(200)
                .body("items[0].actorPerson.displayName", equalTo("Người dùng editor.angiang"))
                .body("items[0].actorPerson.organization.code", equalTo("91-BTGDV"));

        int overdue = TaskFixtures.overdueAssignmentOfRachGia("Nhiệm vụ quá hạn cần giải trình");
        Api.as(Tokens.PROVINCE_LEADER).body(Map.of("question", "Vì sao chậm?"))
                .post("/api/v1/assignments/" + overdue + "/explanations").then().statusCode(201)
                .body("requestedByPerson.displayName", equalTo("Người dùng leader.angiang"))
                .body("requestedByPerson.organization.code", equalTo("91-BTV"));
    }

    @Test
    void aPageOfReportsNamesItsPeopleInOneQueryHoweverManyTheyAre() {
        TaskFixtures.Unit unit = TaskFixtures.newOrganization();
        Statistics statistics = emf.unwrap(SessionFactory.class).getStatistics();
        Map<String, String> reports = new LinkedHashMap<>(); // report path -> its reporter's token
        for (int i = 0; i < 5; i++) {
            String token = reporter("reporter." + unit.code().toLowerCase() + "-" + i, unit.code());
            if (i % 2 == 0) {
                opensTheApp(token); // some are known to the directory, some not
            }
            reports.put(reportOf(unit.id(), token), token);
        }
        long nobodyNamed = statementsOfThePage(unit, "OPEN", statistics);
        reports.forEach((report, token) -> Api.as(token).body(Map.of("text", "Báo cáo", "version", 0)).put(report)
                .then().statusCode(200));
        long fivePeople = statementsOfThePage(unit, "SUBMITTED", statistics);
        assertEquals(nobodyNamed + 1, fivePeople,
                "five reports by five people cost one statement more than five reports naming nobody");
    }

    private static long statementsOfThePage(TaskFixtures.Unit unit, String status, Statistics statistics) {
        statistics.clear();
        Api.as(Tokens.PROVINCE_EDITOR).queryParam("organizationId", unit.id()).queryParam("status", status)
                .get("/api/v1/reports").then().statusCode(200).body("items", hasSize(5))
                .body("items.findAll { it.submittedByPerson != null }", hasSize("OPEN".equals(status) ? 0 : 5));
        return statistics.getPrepareStatementCount();
    }
}
