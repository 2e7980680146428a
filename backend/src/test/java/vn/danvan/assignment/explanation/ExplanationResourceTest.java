package vn.danvan.assignment.explanation;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static vn.danvan.testing.Problems.assertFieldError;
import static vn.danvan.testing.Problems.assertProblem;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import vn.danvan.testing.Api;
import vn.danvan.testing.TaskFixtures;
import vn.danvan.testing.Tokens;

/** Explanations demanded of overdue assignments: /api/v1/assignments/{id}/explanations, /api/v1/explanations/{id}. */
@QuarkusTest
class ExplanationResourceTest {

    static int assignmentOfRachGiaDue(String dueDate) {
        return TaskFixtures.assignmentOfRachGiaDue(dueDate, "Tổ chức hội nghị sơ kết mô hình “Dân vận khéo”");
    }

    static int overdueAssignment() {
        return TaskFixtures.overdueAssignmentOfRachGia("Tổ chức hội nghị sơ kết mô hình “Dân vận khéo”");
    }

    private static Map<String, Object> question() {
        return Map.of("question", "Đề nghị giải trình lý do chậm triển khai");
    }

    @Test
    void theLeaderAsksTheCommuneAnswersAndTheAnswerIsKept() {
        int assignment = overdueAssignment();
        String url = "/api/v1/assignments/" + assignment + "/explanations";
        int id = Api.as(Tokens.PROVINCE_LEADER).body(question()).post(url).then().statusCode(201)
                .body("requestedBy", equalTo("leader.angiang")).body("answered", equalTo(false)).extract().jsonPath()
                .getInt("id");
        Api.as(Tokens.COMMUNE_REPORTER).get("/api/v1/assignments/" + assignment).then().statusCode(200)
                .body("explanationRequested", equalTo(true)).body("bucket", equalTo("OPEN_OVERDUE"));
        // one question waits at a time
        assertProblem(Api.as(Tokens.PROVINCE_EDITOR).body(question()).post(url).then(), 409, "conflict");

        Api.as(Tokens.COMMUNE_REPORTER)
                .body(Map.of("answer", "Do kiện toàn bộ máy sau sắp xếp; hoàn thành trước 15/12.", "version", 0))
                .put("/api/v1/explanations/" + id).then().statusCode(200).body("answered", equalTo(true))
                .body("answeredBy", equalTo("reporter.rachgia"));
        assertProblem(Api.as(Tokens.COMMUNE_REPORTER).body(Map.of("answer", "Sửa lại", "version", 1))
                .put("/api/v1/explanations/" + id).then(), 409, "conflict");
        Api.as(Tokens.PROVINCE_LEADER).get("/api/v1/explanations/" + id).then().statusCode(200).body("answer",
                equalTo("Do kiện toàn bộ máy sau sắp xếp; hoàn thành trước 15/12."));
        Api.as(Tokens.COMMUNE_REPORTER).get("/api/v1/assignments/" + assignment).then().statusCode(200)
                .body("explanationRequested", equalTo(false));
        // a second question after the answer
        Api.as(Tokens.PROVINCE_LEADER).body(Map.of("question", "Đề nghị báo cáo tiến độ")).post(url).then()
                .statusCode(201);
        Api.as(Tokens.PROVINCE_LEADER).get(url).then().statusCode(200).body("$", hasSize(2)).body("[0].question",
                equalTo("Đề nghị báo cáo tiến độ"));
    }

    @Test
    void workNotOverdueIsNotAskedAndAStaleAnswerIs409() {
        int inTime = assignmentOfRachGiaDue("2099-12-31");
        assertProblem(Api.as(Tokens.PROVINCE_LEADER).body(question())
                .post("/api/v1/assignments/" + inTime + "/explanations").then(), 409, "conflict");
        int id = Api.as(Tokens.PROVINCE_LEADER).body(question())
                .post("/api/v1/assignments/" + overdueAssignment() + "/explanations").then().statusCode(201).extract()
                .jsonPath().getInt("id");
        assertProblem(Api.as(Tokens.COMMUNE_REPORTER).body(Map.of("answer", "x", "version", 5))
                .put("/api/v1/explanations/" + id).then(), 409, "stale-version");
    }

    @Test
    void badInputIs400AndChangesNothing() {
        int assignment = overdueAssignment();
        String url = "/api/v1/assignments/" + assignment + "/explanations";
        assertFieldError(Api.bad(Tokens.PROVINCE_LEADER).body(Map.of("question", " ")).post(url).then(), "question");
        assertFieldError(Api.bad(Tokens.PROVINCE_LEADER).body(Map.of("question", "x".repeat(2001))).post(url).then(),
                "question");
        Api.as(Tokens.PROVINCE_LEADER).get(url).then().statusCode(200).body("$", hasSize(0));
        int id = Api.as(Tokens.PROVINCE_LEADER).body(question()).post(url).then().statusCode(201).extract().jsonPath()
                .getInt("id");
        assertFieldError(Api.bad(Tokens.COMMUNE_REPORTER).body(Map.of("answer", "", "version", 0))
                .put("/api/v1/explanations/" + id).then(), "answer");
        assertFieldError(
                Api.bad(Tokens.COMMUNE_REPORTER).body(Map.of("answer", "x")).put("/api/v1/explanations/" + id).then(),
                "version");
        assertFieldError(Api.bad(Tokens.COMMUNE_REPORTER).get("/api/v1/explanations/x").then(), "id");
        Api.as(Tokens.COMMUNE_REPORTER).get("/api/v1/explanations/" + id).then().statusCode(200).body("answered",
                equalTo(false));
    }

    @Test
    void withoutTokenIs401() {
        assertProblem(Api.anonymous().get("/api/v1/assignments/1/explanations").then(), 401, "unauthorized");
        assertProblem(Api.anonymous().body(question()).post("/api/v1/assignments/1/explanations").then(), 401,
                "unauthorized");
        assertProblem(Api.anonymous().get("/api/v1/explanations/1").then(), 401, "unauthorized");
        assertProblem(Api.anonymous().body(Map.of("answer", "x", "version", 0)).put("/api/v1/explanations/1").then(),
                401, "unauthorized");
    }

    @Test
    void onlyTheIssuerOrMonitorAsksAndOnlyTheAssignedOrganizationAnswers() {
        int assignment = overdueAssignment();
        String url = "/api/v1/assignments/" + assignment + "/explanations";
        assertProblem(Api.as(Tokens.COMMUNE_REPORTER).body(question()).post(url).then(), 403, "forbidden");
        assertProblem(Api.as(Tokens.OTHER_PROVINCE_LEADER).body(question()).post(url).then(), 403, "out-of-scope");
        assertProblem(Api.as(Tokens.COMMUNE_ADMIN).body(question()).post(url).then(), 403, "out-of-scope");
        int id = Api.as(Tokens.PROVINCE_LEADER).body(question()).post(url).then().statusCode(201).extract().jsonPath()
                .getInt("id");
        assertProblem(Api.as(Tokens.PROVINCE_EDITOR).body(Map.of("answer", "x", "version", 0))
                .put("/api/v1/explanations/" + id).then(), 403, "out-of-scope");
        assertProblem(Api.as(Tokens.PROVINCE_LEADER).body(Map.of("answer", "x", "version", 0))
                .put("/api/v1/explanations/" + id).then(), 403, "forbidden");
        assertProblem(Api.as(Tokens.OTHER_PROVINCE_LEADER).get("/api/v1/explanations/" + id).then(), 403,
                "out-of-scope");
    }

    @Test
    void unknownIs404() {
        assertProblem(Api.as(Tokens.PROVINCE_LEADER).get("/api/v1/assignments/999999999/explanations").then(), 404,
                "not-found");
        assertProblem(Api.as(Tokens.PROVINCE_LEADER).body(question()).post("/api/v1/assignments/999999999/explanations")
                .then(), 404, "not-found");
        assertProblem(Api.as(Tokens.PROVINCE_LEADER).get("/api/v1/explanations/999999999").then(), 404, "not-found");
        assertProblem(Api.as(Tokens.COMMUNE_REPORTER).body(Map.of("answer", "x", "version", 0))
                .put("/api/v1/explanations/999999999").then(), 404, "not-found");
    }
}
