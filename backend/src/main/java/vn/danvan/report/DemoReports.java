package vn.danvan.report;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

import vn.danvan.account.PeopleService;
import vn.danvan.assignment.AssignmentRefDto;
import vn.danvan.assignment.AssignmentService;
import vn.danvan.assignment.AssignmentStatus;
import vn.danvan.common.config.DanvanConfig;
import vn.danvan.common.time.BusinessClock;
import vn.danvan.task.DueKind;
import vn.danvan.task.TaskRefDto;
import vn.danvan.task.TaskService;
import vn.danvan.unit.organization.OrganizationRefDto;
import vn.danvan.unit.organization.OrganizationService;

/**
 * Demo data for {@code make run}: the periodic reports of the demo tasks' continuous assignments, in every state a
 * province sees: accepted (on time and late), returned with the reviewer's comment, resubmitted, awaiting review,
 * missing, and the current quarter still open. Deterministic and idempotent: a slot that already has a history is left
 * as it is.
 */
@ApplicationScoped
public class DemoReports {

    private static final Logger LOG = Logger.getLogger(DemoReports.class);
    private static final String REVIEWER = "editor.angiang";
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    @Inject
    DanvanConfig config;

    @Inject
    TaskService tasks;

    @Inject
    AssignmentService assignments;

    @Inject
    ReportSlotRepository slots;

    @Inject
    OrganizationService organizations;

    @Inject
    BusinessClock clock;

    @Inject
    PeopleService people;

    @Transactional
    void load(@Observes @Priority(2200) StartupEvent event) {
        if (!config.demoData()) {
            return;
        }
        LocalDate today = clock.today();
        List<TaskRefDto> demo = tasks.createdBy("system:demo-data").stream().filter(t -> t.dueKind() != DueKind.DATE)
                .toList();
        int written = 0;
        for (TaskRefDto task : demo) {
            List<AssignmentRefDto> list = assignments.refsOfTask(task.id());
            Map<Long, OrganizationRefDto> refs = organizations
                    .refs(list.stream().map(AssignmentRefDto::organizationId).toList());
            for (AssignmentRefDto a : list) {
                if (a.status() == AssignmentStatus.CANCELLED) {
                    continue;
                }
                for (ReportingPeriod p : ReportingPeriod.between(Deadlines.periodOf(task.cadence()), a.createdOn(),
                        today)) {
                    slots.ensure(a.id(), p, ReportSchedule.DEFAULT);
                }
                for (ReportSlot slot : slots.ofAssignment(a.id())) {
                    if (slot.status == ReportStatus.OPEN && slots.histories(List.of(slot.id)).isEmpty()
                            && !slot.dueDate.isAfter(today.plusDays(30))) {
                        written += write(slot, a, refs.get(a.organizationId()), today) ? 1 : 0;
                    }
                }
            }
        }
        slots.flush();
        LOG.infof("demo data: %d reports written", written);
    }

    /** The state of a past period's report depends only on the slot's period and the organization. */
    private boolean write(ReportSlot slot, AssignmentRefDto a, OrganizationRefDto organization, LocalDate today) {
        if (!slot.dueDate.isBefore(today)) {
            return false; // the current period: still open
        }
        int roll = (int) Math.floorMod(a.organizationId() * 7 + slot.periodIndex * 13L + a.task().id(), 10);
        if (roll == 0) {
            return false; // missing: never submitted
        }
        String reporter = people.demoReporterOf(organization);
        LocalDate submitted = roll == 1 ? slot.dueDate.plusDays(6) : slot.dueDate.minusDays(roll);
        String text = "Báo cáo " + slot.period().label() + " của " + organization.name()
                + ": đã triển khai đến 100% chi bộ, tổ chức " + (roll + 2) + " buổi sinh hoạt chuyên đề," + " vận động "
                + (roll * 35 + 40) + " hộ tham gia.";
        String figures = "[{\"label\":\"Số buổi sinh hoạt\",\"value\":" + (roll + 2)
                + ",\"unit\":\"buổi\"},{\"label\":\"Số hộ tham gia\",\"value\":" + (roll * 35 + 40)
                + ",\"unit\":\"hộ\"}]";
        submit(slot, reporter, submitted, text, figures);
        boolean latest = !slot.dueDate.plusMonths(3).isBefore(today);
        if (latest && roll >= 6) {
            return true; // awaiting review
        }
        if (roll == 2 || roll == 5) {
            review(slot, ReportStatus.RETURNED, submitted.plusDays(3),
                    "Đề nghị bổ sung số liệu theo từng ấp, khu phố và hình ảnh minh chứng.");
            if (roll == 5 || latest) {
                return true; // returned, waiting for the revision
            }
            submit(slot, reporter, submitted.plusDays(7), text + " Bổ sung số liệu theo ấp, khu phố.", figures);
        }
        review(slot, ReportStatus.ACCEPTED, slot.submittedOn.plusDays(2), null);
        return true;
    }

    private void submit(ReportSlot slot, String actor, LocalDate day, String text, String figures) {
        OffsetDateTime at = day.atTime(LocalTime.of(9, 30)).atZone(ZONE).toOffsetDateTime();
        slot.status = ReportStatus.SUBMITTED;
        slot.text = text;
        slot.figures = figures;
        slot.submittedBy = actor;
        slot.submittedAt = at;
        slot.submittedOn = day;
        slot.reviewedBy = null;
        slot.reviewedAt = null;
        slot.reviewComment = null;
        ReportEvent e = new ReportEvent();
        e.slotId = slot.id;
        e.action = "SUBMITTED";
        e.actor = actor;
        e.at = at;
        e.text = text;
        e.figures = figures;
        slots.record(e);
    }

    private void review(ReportSlot slot, ReportStatus decision, LocalDate day, String comment) {
        OffsetDateTime at = day.atTime(LocalTime.of(15, 0)).atZone(ZONE).toOffsetDateTime();
        slot.status = decision;
        slot.reviewedBy = REVIEWER;
        slot.reviewedAt = at;
        slot.reviewComment = comment;
        ReportEvent e = new ReportEvent();
        e.slotId = slot.id;
        e.action = decision.name();
        e.actor = REVIEWER;
        e.at = at;
        e.comment = comment;
        slots.record(e);
    }
}
