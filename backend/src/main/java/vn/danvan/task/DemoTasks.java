package vn.danvan.task;

import java.time.LocalDate;
import java.time.OffsetDateTime;

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
import vn.danvan.directive.ReportingCadence;
import vn.danvan.directive.parse.DirectiveImportService;
import vn.danvan.unit.organization.OrganizationService;

/**
 * Demo data for {@code make run}: the numbered items of An Giang's demo directive (the provincial chỉ thị on the
 * campaign) become tasks led by the province's Ban Tuyên giáo và Dân vận, due in the past, due soon or reported each
 * quarter (the assignments' demo data gives them to every commune Party committee of the province). Deterministic (the
 * same on every machine) and idempotent.
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
    DirectiveImportService imports;

    @Inject
    OrganizationService organizations;

    @Inject
    TaskRepository tasks;

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
        int added = 0;
        for (DirectiveService.DirectiveFacts d : directives.publicDirectivesOf("91-BTV")) {
            if (tasks.anyOf(d.id()) || d.fullText() == null) {
                continue;
            }
            for (DirectiveImportService.ProposedTaskText proposed : imports.proposedTasks(d.fullText())) {
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
                directives.addReaders(d.id(), java.util.List.of(task.leadOrganizationId));
                audit.recordAs(ACTOR, TaskService.AUDIT_TYPE, task.id, AuditAction.CREATE, path,
                        java.util.Map.of("directiveId", d.id(), "ordinal", task.ordinal, "title", task.title));
                added++;
            }
        }
        tasks.flush();
        LOG.infof("demo data: %d tasks added", added);
    }

    private static String title(String content) {
        String first = content.split("(?<=[.;:])\\s", 2)[0].strip();
        return first.length() <= 200 ? first : first.substring(0, 197) + "…";
    }
}
