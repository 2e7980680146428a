package vn.danvan.assignment.explanation;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

import vn.danvan.assignment.AssignmentStatus;
import vn.danvan.assignment.TaskAssignment;
import vn.danvan.assignment.TaskAssignmentRepository;
import vn.danvan.account.PeopleService;
import vn.danvan.common.config.DanvanConfig;
import vn.danvan.common.time.BusinessClock;
import vn.danvan.task.DueKind;
import vn.danvan.task.TaskRefDto;
import vn.danvan.task.TaskService;
import vn.danvan.unit.organization.OrganizationRefDto;
import vn.danvan.unit.organization.OrganizationService;

/**
 * Demo data for {@code make run}: one explanation asked, and one answered, of communes with overdue work of the demo
 * tasks. Deterministic and idempotent: nothing is written once any explanation exists.
 */
@ApplicationScoped
public class DemoExplanations {

    private static final Logger LOG = Logger.getLogger(DemoExplanations.class);
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    @Inject
    DanvanConfig config;

    @Inject
    PeopleService people;

    @Inject
    TaskService tasks;

    @Inject
    TaskAssignmentRepository assignments;

    @Inject
    ExplanationRepository explanations;

    @Inject
    OrganizationService organizations;

    @Inject
    BusinessClock clock;

    @Transactional
    void load(@Observes @Priority(2300) StartupEvent event) {
        if (!config.demoData()) {
            return;
        }
        LOG.infof("demo data: %d explanations written", explain(clock.today()));
    }

    private int explain(LocalDate today) {
        if (explanations.count() > 0) {
            return 0;
        }
        List<Long> overdueTasks = tasks.createdBy("system:demo-data").stream()
                .filter(t -> t.dueKind() == DueKind.DATE && t.dueDate() != null && t.dueDate().isBefore(today))
                .map(TaskRefDto::id).toList();
        List<TaskAssignment> overdue = overdueTasks.isEmpty() ? List.of()
                : assignments.list("status <> ?1 and status <> ?2 and taskId in ?3 order by id", AssignmentStatus.DONE,
                        AssignmentStatus.CANCELLED, overdueTasks);
        if (overdue.size() < 2) {
            return 0;
        }
        OffsetDateTime asked = today.minusDays(6).atTime(LocalTime.of(8, 0)).atZone(ZONE).toOffsetDateTime();
        Explanation answered = new Explanation();
        answered.assignmentId = overdue.get(0).id;
        answered.question = "Đề nghị giải trình lý do chậm triển khai nhiệm vụ và thời hạn hoàn thành.";
        answered.requestedBy = "leader.angiang";
        answered.requestedAt = asked;
        answered.answer = "Do sáp nhập đơn vị hành chính, đảng ủy đang kiện toàn bộ phận tham mưu;"
                + " cam kết hoàn thành trước ngày 15 tháng sau.";
        answered.answeredBy = organizations.refs(List.of(overdue.get(0).organizationId)).values().stream()
                .map(people::demoReporterOf).findFirst().orElse("reporter");
        answered.answeredAt = asked.plusDays(2);
        explanations.persist(answered);
        Explanation waiting = new Explanation();
        waiting.assignmentId = overdue.stream().filter(a -> a.organizationId.equals(rachGia())).findFirst()
                .orElse(overdue.get(1)).id;
        waiting.question = "Đề nghị giải trình lý do chưa hoàn thành nhiệm vụ đúng hạn.";
        waiting.requestedBy = "leader.angiang";
        waiting.requestedAt = asked;
        explanations.persist(waiting);
        return 2;
    }

    private Long rachGia() {
        return organizations.refByCode("30742-DU").map(OrganizationRefDto::id).orElse(-1L);
    }
}
