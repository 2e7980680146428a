package vn.danvan.task;

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
import vn.danvan.directive.DirectiveDraft;
import vn.danvan.directive.DirectiveService;
import vn.danvan.directive.DirectiveTextParser;
import vn.danvan.directive.ReportingCadence;
import vn.danvan.unit.OrganizationKind;
import vn.danvan.unit.OrganizationService;
import vn.danvan.unit.UnitLevel;

/**
 * Demo data for {@code make run}: the numbered items of An Giang's demo directive (the provincial chỉ thị on the
 * campaign) become tasks led by the province's Ban Tuyên giáo và Dân vận, given to every commune Party committee of the
 * province, with statuses spread so that the summary looks like a real province: done on time, done late, open in time,
 * overdue. Deterministic (the same on every machine) and idempotent.
 */
@ApplicationScoped
public class DemoTasks {

    private static final Logger LOG = Logger.getLogger(DemoTasks.class);
    private static final String ACTOR = "system:demo-data";

    @Inject
    DanvanConfig config;

    @Inject
    DirectiveService directives;

    @Inject
    DirectiveTextParser parser;

    @Inject
    OrganizationService organizations;

    @Inject
    TaskRepository tasks;

    @Inject
    TaskAssignmentRepository assignments;

    @Inject
    BusinessClock clock;

    @Inject
    AuditLog audit;

    @Transactional
    void load(@Observes @Priority(2100) StartupEvent event) {
        if (!config.demoData()) {
            return;
        }
        LocalDate today = clock.today();
        Long board = organizations.refByCode("91-BTGDV").map(o -> o.id()).orElse(null);
        if (board == null) {
            LOG.warn("demo tasks: An Giang's organizations are missing");
            return;
        }
        String path = organizations.scopePathOf(board);
        List<Long> communes = organizations.currentOfKindUnder(OrganizationKind.PARTY_COMMITTEE, UnitLevel.COMMUNE,
                path, today);
        int added = 0;
        for (DirectiveService.DirectiveFacts d : directives.publicDirectivesOf("91-BTV")) {
            if (tasks.anyOf(d.id()) || d.fullText() == null) {
                continue;
            }
            DirectiveDraft draft = parser.parse(d.fullText());
            LocalDate start = today.withDayOfYear(1);
            for (DirectiveDraft.ProposedTask proposed : draft.proposedTasks()) {
                Task task = new Task();
                task.directiveId = d.id();
                task.ordinal = proposed.ordinal();
                task.title = title(proposed.content());
                task.content = proposed.content();
                task.leadOrganizationId = board;
                task.createdBy = ACTOR;
                task.createdAt = OffsetDateTime.now();
                switch (proposed.ordinal() % 3) {
                case 0 -> {
                    task.dueKind = DueKind.CONTINUOUS;
                    task.cadence = ReportingCadence.QUARTERLY;
                }
                case 1 -> {
                    task.dueKind = DueKind.DATE;
                    task.dueDate = today.minusDays(20L + proposed.ordinal());
                }
                default -> {
                    task.dueKind = DueKind.DATE;
                    task.dueDate = today.plusDays(4L + proposed.ordinal() * 6L);
                }
                }
                tasks.persist(task);
                audit.recordAs(ACTOR, TaskService.AUDIT_TYPE, task.id, AuditAction.CREATE, path,
                        java.util.Map.of("directiveId", d.id(), "ordinal", task.ordinal, "title", task.title));
                for (Long organization : communes) {
                    TaskAssignment a = assignment(task, organization, start, today);
                    assignments.persist(a); // identity ids: inserted at once, a.id is known
                    audit.recordAs(ACTOR, AssignmentService.AUDIT_TYPE, a.id, AuditAction.CREATE, path,
                            java.util.Map.of("taskId", task.id, "organizationId", organization, "status", a.status));
                    added++;
                }
            }
        }
        assignments.flush();
        LOG.infof("demo data: %d assignments added", added);
    }

    /** A status that depends only on the task and the organization, so that every machine shows the same. */
    private static TaskAssignment assignment(Task task, long organization, LocalDate createdOn, LocalDate today) {
        TaskAssignment a = new TaskAssignment();
        a.taskId = task.id;
        a.organizationId = organization;
        a.createdAt = OffsetDateTime.now();
        a.createdOn = createdOn;
        int roll = (int) Math.floorMod(organization * 31 + task.ordinal * 17L, 10);
        LocalDate due = task.dueDate != null ? task.dueDate : today;
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

    private static String title(String content) {
        String first = content.split("(?<=[.;:])\\s", 2)[0].strip();
        return first.length() <= 200 ? first : first.substring(0, 197) + "…";
    }
}
