package vn.danvan.report;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static vn.danvan.testing.Problems.assertFieldError;
import static vn.danvan.testing.Problems.assertProblem;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

import vn.danvan.testing.Api;
import vn.danvan.testing.Fixtures;
import vn.danvan.testing.TaskFixtures;
import vn.danvan.testing.Tokens;

/**
 * GET /api/v1/reports with the inbox's filters and orders (issue 11), over a world of its own: one plan of the
 * province's board with two continuous tasks, given to two new organizations of phường Rạch Giá, "Ánh Dương" and "Bình
 * Minh" (named so that Vietnamese order and byte order disagree).
 *
 * <pre>
 *   report  task (cadence)        organization  due          submitted  status
 *   A1      T1 (quarterly)        Ánh Dương     today + 30   2nd        SUBMITTED  "… ấp Phước Hòa"
 *   B1      T1 (quarterly)        Bình Minh     today + 20   3rd        SUBMITTED
 *   A2      T2 (half-yearly)      Ánh Dương     today + 60   4th        SUBMITTED
 *   A2p     T2, the half before   Ánh Dương     today - 40   5th        SUBMITTED  late
 *   B1p     T1, the quarter before Bình Minh    today - 100  1st        ACCEPTED   late
 * </pre>
 */
@QuarkusTest
class ReportInboxResourceTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Inject
    EntityManager em;

    record World(long directive, String directiveNumber, String tag, int task1, int task2, long orgA, String codeA,
            long orgB, int a1, int b1, int a2, int a2p, int b1p) {
    }

    private static World world;

    private synchronized World world() {
        if (world == null) {
            world = makeWorld();
        }
        return world;
    }

    private World makeWorld() {
        String tag = Fixtures.uniqueCode("HOP").replace("-", "").toLowerCase();
        Map<String, Object> plan = TaskFixtures.plan();
        long directive = ((Number) plan.get("id")).longValue();
        String number = (String) ((Map<?, ?>) plan.get("number")).get("text");
        Map<String, Object> a = organization("Ánh Dương");
        Map<String, Object> b = organization("Bình Minh");
        long orgA = ((Number) a.get("id")).longValue();
        long orgB = ((Number) b.get("id")).longValue();
        String reporterA = reporterOf((String) a.get("code"));
        String reporterB = reporterOf((String) b.get("code"));

        List<Integer> tasks = Api.as(Tokens.PROVINCE_EDITOR)
                .body(Map.of("tasks",
                        List.of(task(1, "Tuyên truyền pháp luật đất đai " + tag, "QUARTERLY"),
                                task(2, "Xây dựng mô hình dân vận khéo " + tag, "HALF_YEARLY"))))
                .post("/api/v1/directives/" + directive + "/tasks").then().statusCode(201).extract().jsonPath()
                .getList("id", Integer.class);
        List<Map<String, Object>> given1 = Api.as(Tokens.PROVINCE_EDITOR)
                .body(Map.of("organizationIds", List.of(orgA, orgB)))
                .post("/api/v1/tasks/" + tasks.get(0) + "/assignments").then().statusCode(201).extract().jsonPath()
                .getList("");
        int assignmentA1 = assignmentOf(given1, orgA);
        int assignmentB1 = assignmentOf(given1, orgB);
        int assignmentA2 = Api.as(Tokens.PROVINCE_EDITOR).body(Map.of("organizationIds", List.of(orgA)))
                .post("/api/v1/tasks/" + tasks.get(1) + "/assignments").then().statusCode(201).extract().jsonPath()
                .getInt("[0].id");

        int a1 = currentSlot(reporterA, assignmentA1);
        int b1 = currentSlot(reporterB, assignmentB1);
        int a2 = currentSlot(reporterA, assignmentA2);
        ReportingPeriod quarter = ReportingPeriod.containing(PeriodKind.QUARTER, TODAY);
        ReportingPeriod half = ReportingPeriod.containing(PeriodKind.HALF_YEAR, TODAY);
        QuarkusTransaction.requiringNew().run(() -> {
            due(a1, 30);
            due(b1, 20);
            due(a2, 60);
            earlierSlot(assignmentA2, ReportingPeriod.containing(PeriodKind.HALF_YEAR, half.start().minusDays(1)), -40);
            earlierSlot(assignmentB1, ReportingPeriod.containing(PeriodKind.QUARTER, quarter.start().minusDays(1)),
                    -100);
        });
        int a2p = slotOf(reporterA, assignmentA2, 0);
        int b1p = slotOf(reporterB, assignmentB1, 0);

        submit(reporterB, b1p, "Báo cáo quý trước, nộp muộn");
        submit(reporterA, a1, "Đã tổ chức hội nghị ở ấp Phước Hòa");
        submit(reporterB, b1, "Vận động 45 hộ tham gia");
        submit(reporterA, a2, "Xây dựng 3 mô hình");
        submit(reporterA, a2p, "Báo cáo bổ sung 6 tháng trước");
        Api.as(Tokens.PROVINCE_EDITOR).body(Map.of("decision", "ACCEPTED", "version", 1))
                .post("/api/v1/reports/" + b1p + "/review").then().statusCode(200);
        return new World(directive, number, tag, tasks.get(0), tasks.get(1), orgA, (String) a.get("code"), orgB, a1, b1,
                a2, a2p, b1p);
    }

    private static Map<String, Object> organization(String name) {
        String code = Fixtures.uniqueCode("30742-HOP");
        return Api.as(Tokens.COMMUNE_ADMIN)
                .body(Map.of("unitId", Fixtures.unitIdOf(Tokens.COMMUNE), "code", code, "name", name + " " + code,
                        "kind", "MASS_ASSOCIATION"))
                .post("/api/v1/organizations").then().statusCode(201).extract().jsonPath().getMap("");
    }

    private static String reporterOf(String code) {
        return Tokens.token("reporter." + code.toLowerCase(), Tokens.COMMUNE, code, "reporter");
    }

    private static Map<String, Object> task(int ordinal, String title, String cadence) {
        Map<String, Object> task = new HashMap<>(TaskFixtures.task(ordinal, "CONTINUOUS"));
        task.put("title", title);
        task.put("cadence", cadence);
        return task;
    }

    private static int assignmentOf(List<Map<String, Object>> given, long organization) {
        return given.stream()
                .filter(g -> ((Number) ((Map<?, ?>) g.get("organization")).get("id")).longValue() == organization)
                .map(g -> ((Number) g.get("id")).intValue()).findFirst().orElseThrow();
    }

    private static int currentSlot(String token, int assignment) {
        return slotOf(token, assignment, -1);
    }

    /** A slot of the assignment by position (by period, -1 the latest). */
    private static int slotOf(String token, int assignment, int index) {
        return Api.as(token).get("/api/v1/assignments/" + assignment + "/reports").then().statusCode(200).extract()
                .jsonPath().getInt("[" + index + "].id");
    }

    private void due(int slot, int fromToday) {
        em.createNativeQuery("UPDATE report_slot SET due_date = :d WHERE id = :id")
                .setParameter("d", TODAY.plusDays(fromToday)).setParameter("id", slot).executeUpdate();
    }

    private void earlierSlot(int assignment, ReportingPeriod period, int dueFromToday) {
        em.createNativeQuery("INSERT INTO report_slot (assignment_id, period_kind, period_year, period_index,"
                + " figures_from, figures_to, due_date, status) VALUES (:a, :k, :y, :i, :f, :t, :due, 'OPEN')")
                .setParameter("a", assignment).setParameter("k", period.kind().name()).setParameter("y", period.year())
                .setParameter("i", period.index()).setParameter("f", ReportSchedule.DEFAULT.figuresFrom(period))
                .setParameter("t", ReportSchedule.DEFAULT.figuresTo(period))
                .setParameter("due", TODAY.plusDays(dueFromToday)).executeUpdate();
    }

    private static void submit(String token, int slot, String text) {
        Api.as(token).body(Map.of("text", text, "version", 0)).put("/api/v1/reports/" + slot).then().statusCode(200);
    }

    /** The province editor's inbox of this world's plan, with more parameters in pairs. */
    private RequestSpecification inbox(Object... params) {
        RequestSpecification request = Api.as(Tokens.PROVINCE_EDITOR).queryParam("inbox", true)
                .queryParam("directiveId", world().directive()).queryParam("size", 100);
        for (int i = 0; i < params.length; i += 2) {
            request = request.queryParam((String) params[i], params[i + 1]);
        }
        return request;
    }

    private void assertIds(RequestSpecification request, Integer... ids) {
        var then = request.get("/api/v1/reports").then().statusCode(200);
        if (ids.length == 0) {
            then.body("items", empty()).body("total", equalTo(0));
        } else {
            then.body("items.id", contains(ids)).body("total", equalTo(ids.length));
        }
    }

    @Test
    void theInboxShowsSubmittedReportsOldestFirstWithTheirDirective() {
        World w = world();
        assertIds(inbox(), w.a1(), w.b1(), w.a2(), w.a2p());
        inbox().get("/api/v1/reports").then().statusCode(200)
                .body("items.directiveId", everyItem(equalTo((int) w.directive())))
                .body("items.directiveNumber", everyItem(equalTo(w.directiveNumber())));
        // reviewers look back: the status picks accepted (or returned) ones
        assertIds(inbox("status", "ACCEPTED"), w.b1p());
        assertIds(inbox("status", "RETURNED"));
    }

    @Test
    void eachFilterNarrowsTheList() {
        World w = world();
        assertIds(inbox("taskId", w.task1()), w.a1(), w.b1());
        assertIds(inbox("taskId", w.task1(), "status", "ACCEPTED"), w.b1p());
        assertIds(inbox("organizationId", w.orgB()), w.b1());
        assertIds(inbox("period", "HALF_YEAR"), w.a2(), w.a2p());
        assertIds(inbox("period", "QUARTER"), w.a1(), w.b1());
        assertIds(inbox("period", "YEAR"));
        assertIds(inbox("dueFrom", TODAY.toString(), "dueTo", TODAY.plusDays(45).toString()), w.a1(), w.b1());
        assertIds(inbox("dueTo", TODAY.minusDays(1).toString()), w.a2p());
        assertIds(inbox("dueFrom", TODAY.plusDays(50).toString()), w.a2());
        assertIds(inbox("dueFrom", TODAY.plusDays(20).toString(), "dueTo", TODAY.plusDays(20).toString()), w.b1());
        assertIds(inbox("late", true), w.a2p());
        assertIds(inbox("late", false), w.a1(), w.b1(), w.a2());
        assertIds(inbox("late", true, "status", "ACCEPTED"), w.b1p());
        // another directive's filter: nothing of this world
        assertIds(Api.as(Tokens.PROVINCE_EDITOR).queryParam("inbox", true).queryParam("taskId", w.task1())
                .queryParam("directiveId", ((Number) TaskFixtures.plan().get("id")).longValue()));
    }

    @Test
    void searchIgnoresCaseAndDiacriticsInTitlesOrganizationsAndText() {
        World w = world();
        assertIds(inbox("q", "Phước Hòa"), w.a1());
        assertIds(inbox("q", "phuoc hoa"), w.a1());
        assertIds(inbox("q", "PHUOC"), w.a1());
        assertIds(inbox("q", w.codeA().toLowerCase()), w.a1(), w.a2(), w.a2p());
        assertIds(inbox("q", "binh minh"), w.b1());
        assertIds(inbox("q", "Bình Minh"), w.b1());
        assertIds(inbox("q", "tuyen truyen dat dai"), w.a1(), w.b1());
        // every word must be found, each in any of the three
        assertIds(inbox("q", "anh phuoc"), w.a1());
        assertIds(inbox("q", "binh phuoc"));
        assertIds(inbox("q", "100%_"));
        // combined with the other filters
        assertIds(inbox("q", w.tag(), "period", "HALF_YEAR", "late", false), w.a2());
        assertIds(inbox("q", "anh duong", "dueTo", TODAY.toString(), "taskId", w.task2()), w.a2p());
    }

    @Test
    void eachOrder() {
        World w = world();
        assertIds(inbox("sort", "submittedAt"), w.a1(), w.b1(), w.a2(), w.a2p());
        assertIds(inbox("sort", "-submittedAt"), w.a2p(), w.a2(), w.b1(), w.a1());
        assertIds(inbox("sort", "dueDate"), w.a2p(), w.b1(), w.a1(), w.a2());
        assertIds(inbox("sort", "-dueDate"), w.a2(), w.a1(), w.b1(), w.a2p());
        // Vietnamese order: Ánh before Bình (by code points Á comes after B); then latest due first
        assertIds(inbox("sort", "organization"), w.a2(), w.a1(), w.a2p(), w.b1());
        // by directive, the task's ordinal, then organization
        assertIds(inbox("sort", "task"), w.a1(), w.b1(), w.a2(), w.a2p());
        assertIds(inbox("sort", "organization", "late", false, "status", "SUBMITTED"), w.a2(), w.a1(), w.b1());
    }

    @Test
    void outsideTheInboxTheSameFiltersReadTheScopesOwnReports() {
        World w = world();
        // the commune's reporter sees its organizations' reports of every status, latest due first
        assertIds(Api.as(Tokens.COMMUNE_REPORTER).queryParam("directiveId", w.directive()), w.a2(), w.a1(), w.b1(),
                w.a2p(), w.b1p());
        assertIds(Api.as(Tokens.COMMUNE_REPORTER).queryParam("directiveId", w.directive()).queryParam("late", true)
                .queryParam("sort", "dueDate"), w.b1p(), w.a2p());
        assertIds(Api.as(Tokens.COMMUNE_REPORTER).queryParam("directiveId", w.directive()).queryParam("q", "phuoc"),
                w.a1());
        // the commune reviews nothing of the province's: its inbox is empty; Hà Nội sees nothing at all
        assertIds(Api.as(Tokens.COMMUNE_EDITOR).queryParam("inbox", true).queryParam("directiveId", w.directive()));
        assertIds(Api.as(Tokens.OTHER_PROVINCE_ADMIN).queryParam("directiveId", w.directive()));
        assertIds(
                Api.as(Tokens.OTHER_PROVINCE_ADMIN).queryParam("inbox", true).queryParam("directiveId", w.directive()));
    }

    @Test
    void badFiltersAre400NamingTheParameter() {
        String url = "/api/v1/reports";
        assertFieldError(Api.bad(Tokens.PROVINCE_EDITOR).queryParam("taskId", "x").get(url).then(), "taskId");
        assertFieldError(Api.bad(Tokens.PROVINCE_EDITOR).queryParam("directiveId", "1.5").get(url).then(),
                "directiveId");
        assertFieldError(Api.bad(Tokens.PROVINCE_EDITOR).queryParam("period", "MONTH").get(url).then(), "period");
        assertFieldError(Api.bad(Tokens.PROVINCE_EDITOR).queryParam("dueFrom", "2026-13-01").get(url).then(),
                "dueFrom");
        assertFieldError(Api.bad(Tokens.PROVINCE_EDITOR).queryParam("dueTo", "tomorrow").get(url).then(), "dueTo");
        assertFieldError(Api.bad(Tokens.PROVINCE_EDITOR).queryParam("dueFrom", "2026-06-30")
                .queryParam("dueTo", "2026-06-01").get(url).then(), "dueTo");
        assertFieldError(Api.bad(Tokens.PROVINCE_EDITOR).queryParam("late", "sometimes").get(url).then(), "late");
        assertFieldError(Api.bad(Tokens.PROVINCE_EDITOR).queryParam("q", "x".repeat(101)).get(url).then(), "q");
        assertFieldError(Api.bad(Tokens.PROVINCE_EDITOR).queryParam("sort", "name").get(url).then(), "sort");
        assertFieldError(Api.bad(Tokens.PROVINCE_EDITOR).queryParam("sort", "-organization").get(url).then(), "sort");
    }

    @Test
    void withoutTokenIs401AndARoleLessCallerIs403() {
        assertProblem(Api.anonymous().queryParam("inbox", true).queryParam("q", "phuoc").get("/api/v1/reports").then(),
                401, "unauthorized");
        assertProblem(Api.as(Tokens.NO_ROLE).queryParam("sort", "task").get("/api/v1/reports").then(), 403,
                "forbidden");
    }
}
