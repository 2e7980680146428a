package vn.danvan.assignment;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

import vn.danvan.common.audit.AuditAction;
import vn.danvan.common.audit.AuditLog;
import vn.danvan.common.config.DanvanConfig;
import vn.danvan.common.time.BusinessClock;
import vn.danvan.directive.DirectiveService;
import vn.danvan.task.TaskRefDto;
import vn.danvan.task.TaskService;
import vn.danvan.unit.UnitLevel;
import vn.danvan.unit.organization.OrganizationKind;
import vn.danvan.unit.organization.OrganizationService;

/**
 * Demo data for {@code make run}: the demo tasks given to every commune Party committee of An Giang, with statuses
 * spread so that the summary looks like a real province: done on time, done late, open in time, overdue. Deterministic
 * (the same on every machine) and idempotent: a demo task given to anyone already is left as it is.
 */
@ApplicationScoped
public class DemoAssignments {

    private static final Logger LOG = Logger.getLogger(DemoAssignments.class);
    private static final String ACTOR = "system:demo-data";

    @Inject
    DanvanConfig config;

    @Inject
    TaskService tasks;

    @Inject
    OrganizationService organizations;

    @Inject
    DirectiveService directives;

    @Inject
    TaskAssignmentRepository assignments;

    @Inject
    BusinessClock clock;

    @Inject
    AuditLog audit;

    @Transactional
    void load(@Observes @Priority(2150) StartupEvent event) {
        if (!config.demoData()) {
            return;
        }
        LocalDate today = clock.today();
        Long board = organizations.refByCode("91-BTGDV").map(o -> o.id()).orElse(null);
        if (board == null) {
            return; // the demo tasks said so already
        }
        String path = organizations.scopePathOf(board);
        List<Long> communes = organizations.currentOfKindUnder(OrganizationKind.PARTY_COMMITTEE, UnitLevel.COMMUNE,
                path, today);
        LocalDate start = today.withDayOfYear(1);
        int added = 0;
        for (TaskRefDto task : tasks.createdBy(ACTOR)) {
            if (assignments.count("taskId", task.id()) > 0) {
                continue;
            }
            directives.addReaders(task.directiveId(), communes);
            for (Long organization : communes) {
                TaskAssignment a = assignment(task, organization, start, today);
                assignments.persist(a); // identity ids: inserted at once, a.id is known
                audit.recordAs(ACTOR, AssignmentService.AUDIT_TYPE, a.id, AuditAction.CREATE, path,
                        java.util.Map.of("taskId", task.id(), "organizationId", organization, "status", a.status));
                added++;
            }
        }
        assignments.flush();
        LOG.infof("demo data: %d assignments added", added);
    }

    /** A status that depends only on the task and the organization, so that every machine shows the same. */
    private static TaskAssignment assignment(TaskRefDto task, long organization, LocalDate createdOn, LocalDate today) {
        TaskAssignment a = new TaskAssignment();
        a.taskId = task.id();
        a.organizationId = organization;
        a.createdAt = OffsetDateTime.now();
        a.createdOn = createdOn;
        int roll = (int) Math.floorMod(organization * 31 + task.ordinal() * 17L, 10);
        LocalDate due = task.dueDate() != null ? task.dueDate() : today;
        if (roll < 4) {
            a.status = AssignmentStatus.DONE;
            a.progress = 100;
            LocalDate done = roll == 3 ? due.plusDays(3) : due.minusDays(5L + roll);
            a.completedOn = done.isAfter(today) ? today : done.isBefore(createdOn) ? createdOn : done;
        } else if (roll < 7) {
            a.status = AssignmentStatus.IN_PROGRESS;
            a.progress = 20 + roll * 10;
        } else {
            a.status = AssignmentStatus.NOT_STARTED;
        }
        return a;
    }
}
