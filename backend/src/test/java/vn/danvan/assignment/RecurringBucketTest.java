package vn.danvan.assignment;

import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import vn.danvan.report.PeriodKind;
import vn.danvan.report.ReportSchedule;
import vn.danvan.report.ReportingPeriod;
import vn.danvan.testing.Api;
import vn.danvan.testing.TaskFixtures;
import vn.danvan.testing.Tokens;

/**
 * Recurring and continuous work is overdue when a past period's report is missing, even while the current period's
 * report is not due yet; the list, the assignment and the summary agree.
 */
@QuarkusTest
class RecurringBucketTest {

    @Inject
    EntityManager em;

    @Test
    void aMissingPastReportMakesContinuousWorkOverdueAndSubmittingItLate() {
        TaskFixtures.Unit unit = TaskFixtures.newOrganization();
        int assignment = TaskFixtures.assignmentDue(unit.id(), null, "Duy trì mô hình “Dân vận khéo”");
        String url = "/api/v1/assignments/" + assignment;
        Api.as(unit.reporter()).get(url).then().statusCode(200).body("bucket", equalTo("OPEN_IN_TIME"));

        // the previous quarter's report, due in the past and never submitted (as if given a quarter ago)
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        ReportingPeriod previous = ReportingPeriod.containing(PeriodKind.QUARTER,
                ReportingPeriod.containing(PeriodKind.QUARTER, today).start().minusDays(1));
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("UPDATE task_assignment SET created_on = :d WHERE id = :id")
                    .setParameter("d", previous.start()).setParameter("id", assignment).executeUpdate();
            em.createNativeQuery("INSERT INTO report_slot (assignment_id, period_kind, period_year, period_index,"
                    + " figures_from, figures_to, due_date, status) VALUES (:a, 'QUARTER', :y, :i, :f, :t, :due, 'OPEN')")
                    .setParameter("a", assignment).setParameter("y", previous.year())
                    .setParameter("i", previous.index()).setParameter("f", ReportSchedule.DEFAULT.figuresFrom(previous))
                    .setParameter("t", ReportSchedule.DEFAULT.figuresTo(previous))
                    .setParameter("due", ReportSchedule.DEFAULT.due(previous)).executeUpdate();
        });
        Api.as(unit.reporter()).get(url).then().statusCode(200).body("bucket", equalTo("OPEN_OVERDUE"));
        Api.as(unit.reporter()).queryParam("organizationId", unit.id()).queryParam("bucket", "OPEN_OVERDUE")
                .get("/api/v1/assignments").then().statusCode(200).body("items[0].id", equalTo(assignment));
        Api.as(Tokens.PROVINCE_LEADER).queryParam("unitId", vn.danvan.testing.Fixtures.unitIdOf(Tokens.COMMUNE))
                .get("/api/v1/assignments/summary").then().statusCode(200)
                .body("rows.find { it.organization.id == " + unit.id() + " }.counts.openOverdue", equalTo(1))
                .body("rows.find { it.organization.id == " + unit.id() + " }.counts.openInTime", equalTo(0));

        // the missing report is submitted (late): the work is back in time, the report flagged late
        var slot = Api.as(unit.reporter()).get(url + "/reports").then().statusCode(200).extract().jsonPath()
                .getMap("[0]");
        Api.as(unit.reporter()).body(java.util.Map.of("text", "Báo cáo bổ sung", "version", slot.get("version")))
                .put("/api/v1/reports/" + slot.get("id")).then().statusCode(200).body("late", equalTo(true));
        Api.as(unit.reporter()).get(url).then().statusCode(200).body("bucket", equalTo("OPEN_IN_TIME"));
    }
}
