package vn.danvan.task;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.danvan.testing.Api;
import vn.danvan.testing.Fixtures;
import vn.danvan.testing.Tokens;

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

    public static String day(int fromToday) {
        return LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(fromToday).toString();
    }

    /** A task of the province's board, due on a day (or reported each quarter when null), given to one organization. */
    public static int assignmentDue(long organizationId, String dueDate, String title) {
        long directive = ((Number) TaskResourceTest.plan().get("id")).longValue();
        Map<String, Object> task = new HashMap<>(TaskResourceTest.task(1, dueDate == null ? "CONTINUOUS" : "DATE"));
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
