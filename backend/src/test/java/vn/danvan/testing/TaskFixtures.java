package vn.danvan.testing;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Tasks, assignments and reports for tests of other features (reminders, the digest). */
public final class TaskFixtures {

    private TaskFixtures() {
    }

    /** A new organization of phường Rạch Giá, with a reporter of its own (username = "reporter." + its code). */
    public record Unit(long id, String code, String reporter, String email) {
    }

    public static Unit newOrganization() {
        Map<String, Object> organization = Fixtures.newOrganizationInRachGia();
        String code = (String) organization.get("code");
        String username = "reporter." + code.toLowerCase();
        return new Unit(((Number) organization.get("id")).longValue(), code,
                Tokens.token(username, Tokens.COMMUNE, code, "reporter"), username + "@danvan.example");
    }

    /** The province's Ban Tuyên giáo và Dân vận. */
    public static long board() {
        return Fixtures.organizationIdOf("91", "91-BTGDV");
    }

    /** The province's Mặt trận Tổ quốc. */
    public static long front() {
        return Fixtures.organizationIdOf("91", "91-MTTQ");
    }

    /** A plan of the province's board, sent to the Party committee of phường Rạch Giá. */
    public static Map<String, Object> plan() {
        Map<String, Object> body = new HashMap<>();
        body.put("type", "PLAN");
        body.put("number", Fixtures.uniqueSequence() + "-KH/BTGDVTU");
        body.put("issuerId", board());
        body.put("issueDate", "2026-03-02");
        body.put("subject", "Kế hoạch thực hiện phong trào thi đua “Dân vận khéo” năm 2026");
        body.put("recipientIds", List.of(Fixtures.organizationIdOf(Tokens.COMMUNE, "30742-DU")));
        return Api.as(Tokens.PROVINCE_EDITOR).body(body).post("/api/v1/directives").then().statusCode(201).extract()
                .jsonPath().getMap("");
    }

    /** A task led by the province's front, due on a date ({@code DATE}) or reported each quarter. */
    public static Map<String, Object> task(int ordinal, String dueKind) {
        Map<String, Object> task = new HashMap<>();
        task.put("ordinal", ordinal);
        task.put("title", "Nhiệm vụ " + ordinal);
        task.put("content", "Các cấp ủy tổ chức quán triệt, triển khai kế hoạch.");
        task.put("leadOrganizationId", front());
        task.put("coordinatingOrganizationIds", List.of(board()));
        task.put("dueKind", dueKind);
        if (dueKind.equals("DATE")) {
            task.put("dueDate", "2026-12-15");
        } else {
            task.put("cadence", "QUARTERLY");
        }
        return task;
    }

    public static String day(int fromToday) {
        return LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(fromToday).toString();
    }

    /** A task of the province's board, due on a day (or reported each quarter when null), given to one organization. */
    public static int assignmentDue(long organizationId, String dueDate, String title) {
        long directive = ((Number) plan().get("id")).longValue();
        Map<String, Object> task = new HashMap<>(task(1, dueDate == null ? "CONTINUOUS" : "DATE"));
        if (dueDate != null) {
            task.put("dueDate", dueDate);
        }
        task.put("title", title);
        int taskId = Api.as(Tokens.PROVINCE_EDITOR).body(Map.of("tasks", List.of(task)))
                .post("/api/v1/directives/" + directive + "/tasks").then().statusCode(201).extract().jsonPath()
                .getInt("[0].id");
        return Api.as(Tokens.PROVINCE_EDITOR).body(Map.of("organizationIds", List.of(organizationId)))
                .post("/api/v1/tasks/" + taskId + "/assignments").then().statusCode(201).extract().jsonPath()
                .getInt("[0].id");
    }

    public static int assignmentOfRachGiaDue(String dueDate, String title) {
        return assignmentDue(Fixtures.organizationIdOf(Tokens.COMMUNE, "30742-DU"), dueDate, title);
    }

    /** A task three days overdue, given to phường Rạch Giá's Party committee. */
    public static int overdueAssignmentOfRachGia(String title) {
        return assignmentOfRachGiaDue(day(-3), title);
    }

    /** The path of the current quarter's report of a continuous task given to the organization. */
    public static String currentReportOf(Unit unit, String title) {
        int assignment = assignmentDue(unit.id(), null, title);
        return "/api/v1/reports/" + Api.as(unit.reporter()).get("/api/v1/assignments/" + assignment + "/reports").then()
                .statusCode(200).extract().jsonPath().getInt("[-1].id");
    }
}
