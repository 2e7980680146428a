package vn.danvan.target;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

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
import vn.danvan.directive.DirectiveService;

/**
 * Demo targets for {@code make run} (danvan.demo-data=true), marked demo: the targets 632-CV/TU of 23/11/2022 quotes
 * from the XIth congress of Kiên Giang's Party committee — "Đến năm 2025, 100% xã đạt chuẩn nông thôn mới, ít nhất 30
 * xã đạt chuẩn nông thôn mới nâng cao, 15 xã đạt chuẩn nông thôn mới kiểu mẫu, 7 - 9 huyện đạt tiêu chí nông thôn mới"
 * — set for former Kiên Giang (historical: counted over its communes as they were on 30/06/2025, the districts no
 * longer measurable); and An Giang targets for 2026–2030 in the same shape on the provincial chỉ thị the demo files
 * under An Giang's standing committee, whose figures are illustrative (its text sets none) and say so. The NTM statuses
 * they count come from the rural programme's demo (priority 2700); this one only sets targets. Idempotent; off in
 * production and tests.
 */
@ApplicationScoped
public class DemoTargets {

    private static final Logger LOG = Logger.getLogger(DemoTargets.class);
    private static final String ACTOR = "system:demo-data";
    private static final LocalDate BY_2025 = LocalDate.of(2025, 12, 31);
    private static final LocalDate BY_2030 = LocalDate.of(2030, 12, 31);
    private static final String ILLUSTRATIVE = " (số liệu minh họa của dữ liệu demo)";

    /** One target as the demo sets it. */
    record Spec(TargetUnitGroup group, TargetTitleLevel level, TargetExpression expression, int min, Integer max,
            String wording) {
    }

    static final List<Spec> KIEN_GIANG_2025 = List.of(
            new Spec(TargetUnitGroup.COMMUNES, TargetTitleLevel.STANDARD, TargetExpression.SHARE, 100, null,
                    "Đến năm 2025, 100% xã đạt chuẩn nông thôn mới"),
            new Spec(TargetUnitGroup.COMMUNES, TargetTitleLevel.ADVANCED, TargetExpression.COUNT, 30, null,
                    "Ít nhất 30 xã đạt chuẩn nông thôn mới nâng cao"),
            new Spec(TargetUnitGroup.COMMUNES, TargetTitleLevel.MODEL, TargetExpression.COUNT, 15, null,
                    "15 xã đạt chuẩn nông thôn mới kiểu mẫu"),
            new Spec(TargetUnitGroup.DISTRICTS, TargetTitleLevel.STANDARD, TargetExpression.COUNT, 7, 9,
                    "7 - 9 huyện đạt tiêu chí nông thôn mới"));

    static final List<Spec> AN_GIANG_2030 = List.of(
            new Spec(TargetUnitGroup.COMMUNES, TargetTitleLevel.STANDARD, TargetExpression.SHARE, 100, null,
                    "Đến năm 2030, 100% xã đạt chuẩn nông thôn mới" + ILLUSTRATIVE),
            new Spec(TargetUnitGroup.COMMUNES, TargetTitleLevel.ADVANCED, TargetExpression.COUNT, 40, null,
                    "Ít nhất 40 xã đạt chuẩn nông thôn mới nâng cao" + ILLUSTRATIVE),
            new Spec(TargetUnitGroup.COMMUNES, TargetTitleLevel.MODEL, TargetExpression.COUNT, 20, null,
                    "Ít nhất 20 xã đạt chuẩn nông thôn mới kiểu mẫu" + ILLUSTRATIVE),
            new Spec(TargetUnitGroup.COMMUNES, TargetTitleLevel.MODERN, TargetExpression.COUNT, 3, 5,
                    "3 - 5 xã đạt chuẩn nông thôn mới hiện đại (thí điểm)" + ILLUSTRATIVE));

    @Inject
    DanvanConfig config;

    @Inject
    DirectiveService directives;

    @Inject
    TargetRepository targets;

    @Inject
    ProgressRepository units;

    @Inject
    AuditLog audit;

    @Transactional
    void load(@Observes @Priority(2800) StartupEvent event) {
        if (!config.demoData()) {
            return;
        }
        int added = add("KG-TU", "632-CV/TU", units.provinceNamed("Tỉnh Kiên Giang", true), BY_2025, KIEN_GIANG_2025);
        added += add("91-BTV", null, units.provinceNamed("Tỉnh An Giang", false), BY_2030, AN_GIANG_2030);
        LOG.infof("demo data: %d targets added", added);
    }

    /** The targets on the issuer's directive with that number (or its first without one), once. */
    private int add(String issuerCode, String number, Optional<Long> scope, LocalDate deadline, List<Spec> specs) {
        Optional<DirectiveService.DirectiveFacts> directive = directives.publicDirectivesOf(issuerCode).stream()
                .filter(d -> number == null ? d.numberText() == null
                        : d.numberText() != null && d.numberText().replace(" ", "").contains(number))
                .findFirst();
        if (directive.isEmpty() || scope.isEmpty()) {
            LOG.warnf("demo data: targets of %s not set (directive found: %s, scope unit found: %s)",
                    number == null ? issuerCode : number, directive.isPresent(), scope.isPresent());
            return 0;
        }
        long directiveId = directive.get().id();
        if (targets.anyOf(directiveId)) {
            return 0;
        }
        int position = 0;
        for (Spec spec : specs) {
            Target t = new Target();
            t.directiveId = directiveId;
            t.measure = TargetMeasure.UNITS_WITH_TITLE;
            t.unitGroup = spec.group();
            t.titleLevel = spec.level();
            t.expression = spec.expression();
            t.scopeUnitId = scope.get();
            t.deadline = deadline;
            t.valueMin = BigDecimal.valueOf(spec.min());
            t.valueMax = spec.max() == null ? null : BigDecimal.valueOf(spec.max());
            t.wording = spec.wording();
            t.position = position++;
            t.demo = true;
            t.createdBy = ACTOR;
            t.createdAt = OffsetDateTime.now();
            targets.persist(t);
            targets.flush();
            audit.recordAs(ACTOR, TargetService.AUDIT_TYPE, t.id, AuditAction.CREATE,
                    units.scopeUnits(List.of(t.scopeUnitId)).get(t.scopeUnitId).scopePath(),
                    java.util.Map.of("wording", t.wording, "demo", true));
        }
        return specs.size();
    }
}
