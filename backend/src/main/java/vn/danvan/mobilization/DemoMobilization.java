package vn.danvan.mobilization;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

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
import vn.danvan.movement.MovementDtos;
import vn.danvan.movement.MovementService;
import vn.danvan.movement.RoundKind;
import vn.danvan.unit.UnitLevel;
import vn.danvan.unit.UnitService;
import vn.danvan.unit.UnitSummaryDto;
import vn.danvan.unit.organization.OrganizationKind;
import vn.danvan.unit.organization.OrganizationRefDto;
import vn.danvan.unit.organization.OrganizationService;

/**
 * Demo data for {@code make run} (danvan.demo-data=true): the movement "Dân vận khéo" of 70-CV/TU linked to its
 * directive, and about a hundred models of An Giang's communes spread over the four fields and every state of the
 * yearly cycle — recognized and commended ones in the years 2021–2025, some replicated elsewhere, some weak or
 * discontinued, some public, and this year's still under way. Deterministic (a fixed seed) and idempotent; off in
 * production and tests.
 */
@ApplicationScoped
public class DemoMobilization {

    private static final Logger LOG = Logger.getLogger(DemoMobilization.class);
    private static final String ACTOR = "system:demo-data";
    private static final String MOVEMENT = "Dân vận khéo";
    private static final int COMMUNES = 40;

    /** Names of real kinds of models, by field code. */
    private static final Map<String, List<String>> NAMES = Map.of("KINH_TE",
            List.of("Tổ hợp tác trồng lúa an toàn", "Cây giống vì người nghèo", "Vốn xoay vòng phụ nữ nghèo",
                    "Nuôi tôm – lúa bền vững", "Chợ phiên nông sản sạch"),
            "VAN_HOA_XA_HOI",
            List.of("Mái ấm tình thương", "Tuyến đường hoa kiểu mẫu", "Tủ sách cộng đồng ấp",
                    "Bữa cơm nghĩa tình bệnh viện", "Hũ gạo tình thương"),
            "QUOC_PHONG_AN_NINH",
            List.of("Camera an ninh khu phố", "Tổ tự quản an ninh trật tự", "Dòng họ không có người vi phạm pháp luật",
                    "Ngư dân bám biển giữ chủ quyền"),
            "XAY_DUNG_HE_THONG_CHINH_TRI", List.of("Dân vận khéo trong tiếp dân", "Một cửa thân thiện",
                    "Chi bộ gắn với dân", "Đảng viên giúp hộ nghèo"));

    @Inject
    DanvanConfig config;

    @Inject
    MovementService movements;

    @Inject
    DirectiveService directives;

    @Inject
    OrganizationService organizations;

    @Inject
    UnitService units;

    @Inject
    ModelRepository models;

    @Inject
    ModelRoundRepository records;

    @Inject
    AuditLog audit;

    @Inject
    BusinessClock clock;

    @Transactional
    void load(@Observes @Priority(2400) StartupEvent event) {
        if (!config.demoData()) {
            return;
        }
        Long movementId = movements.launchedBy("91-BTGDV", MOVEMENT).orElse(null);
        if (movementId == null) {
            LOG.warn("demo data: the movement Dân vận khéo is not there (V17__emulation.sql)");
            return;
        }
        directives.publicDirectivesOf("KG-TU").stream()
                .filter(d -> d.numberText() != null && d.numberText().replace(" ", "").contains("70-CV/TU")).findFirst()
                .ifPresent(d -> movements.linkDirective(movementId, d.id(), ACTOR));
        if (models.count("movementId", movementId) > 0) {
            return;
        }
        List<MovementDtos.RoundFacts> yearly = movements.roundsOf(movementId).stream()
                .filter(r -> r.kind() == RoundKind.YEARLY && r.year() <= clock.today().getYear()).toList();
        String province = units.currentByCode("91").flatMap(u -> units.pathOf(u.id())).orElse(null);
        if (province == null || yearly.isEmpty()) {
            return;
        }
        List<Long> fronts = organizations.currentOfKindUnder(OrganizationKind.FATHERLAND_FRONT, UnitLevel.COMMUNE,
                province, clock.today());
        Map<Long, OrganizationRefDto> refs = organizations.refs(fronts);
        Random random = new Random(70);
        List<MobilizationModel> made = new ArrayList<>();
        int communes = 0;
        for (Long frontId : fronts) {
            OrganizationRefDto front = refs.get(frontId);
            if (communes++ >= COMMUNES) {
                break;
            }
            String communeCode = front.code().substring(0, front.code().indexOf('-'));
            UnitSummaryDto commune = units.currentByCode(communeCode).orElse(null);
            if (commune == null) {
                continue;
            }
            int count = 1 + random.nextInt(4);
            for (int i = 0; i < count; i++) {
                made.add(model(movementId, yearly, front, commune, random, made));
            }
        }
        LOG.infof("demo data: %d \"Dân vận khéo\" models in %d communes", made.size(), Math.min(communes, COMMUNES));
    }

    private MobilizationModel model(long movementId, List<MovementDtos.RoundFacts> yearly, OrganizationRefDto front,
            UnitSummaryDto commune, Random random, List<MobilizationModel> earlier) {
        List<String> fieldCodes = List.copyOf(new java.util.TreeSet<>(NAMES.keySet()));
        String fieldCode = fieldCodes.get(random.nextInt(fieldCodes.size()));
        List<String> names = NAMES.get(fieldCode);
        MovementDtos.RoundFacts first = yearly.get(random.nextInt(yearly.size()));
        MobilizationModel m = new MobilizationModel();
        m.movementId = movementId;
        m.registeredRoundId = first.id();
        m.name = names.get(random.nextInt(names.size())) + " " + commune.name();
        m.fieldId = movements.field(movementId, fieldCode).orElseThrow().id();
        m.organizationId = front.id();
        boolean individual = random.nextInt(10) == 0;
        m.ownerKind = individual ? ModelOwnerKind.INDIVIDUAL : ModelOwnerKind.COLLECTIVE;
        m.ownerName = individual ? PEOPLE.get(random.nextInt(PEOPLE.size())) : front.name();
        m.ownerPosition = individual ? "Trưởng ban công tác Mặt trận ấp" : null;
        m.unitId = commune.id();
        m.place = commune.name();
        m.startedOn = LocalDate.of(first.year(), 1 + random.nextInt(3), 1 + random.nextInt(28));
        m.problem = "Nhu cầu thiết thực của người dân " + commune.name();
        m.approach = "Vận động nhân dân cùng bàn, cùng làm, cùng hưởng thụ; cán bộ đi đầu, làm mẫu";
        m.expectedResults = "Người dân đồng thuận, kết quả đo được sau một năm";
        m.indicators = "[{\"name\":\"Hộ được hỗ trợ\",\"unit\":\"hộ\"},{\"name\":\"Tiền vận động\",\"unit\":\"đồng\"}]";
        List<MobilizationModel> sameField = earlier.stream()
                .filter(e -> e.fieldId.equals(m.fieldId) && !e.organizationId.equals(front.id())).toList();
        if (!sameField.isEmpty() && random.nextInt(5) == 0) {
            m.replicationOfId = sameField.get(random.nextInt(sameField.size())).id;
        }
        m.level = ModelLevel.COMMUNE;
        m.state = ModelState.ACTIVE;
        m.createdBy = ACTOR;
        m.createdAt = at(m.startedOn);
        if (models.sameName(m.unitId, m.registeredRoundId, m.name).isPresent()) {
            m.name = m.name + " (" + (earlier.size() + 1) + ")";
        }
        models.persistAndFlush(m);
        transition(m, null, "REGISTER", null, "REGISTERED", m.createdAt);
        boolean stopped = random.nextInt(12) == 0;
        for (MovementDtos.RoundFacts round : yearly) {
            if (round.year() < first.year()) {
                continue;
            }
            boolean current = round.year() == clock.today().getYear();
            ModelRound r = new ModelRound();
            r.modelId = m.id;
            r.roundId = round.id();
            r.level = m.level;
            r.mark = round.id() == first.id() ? ModelRoundMark.NEW
                    : random.nextInt(6) == 0 ? ModelRoundMark.WEAK : ModelRoundMark.MAINTAINED;
            r.state = current ? OPEN_STATES.get(random.nextInt(OPEN_STATES.size()))
                    : FINISHED_STATES.get(random.nextInt(FINISHED_STATES.size()));
            r.figures = "[{\"name\":\"Hộ được hỗ trợ\",\"value\":" + (5 + random.nextInt(60))
                    + ",\"unit\":\"hộ\"},{\"name\":\"Tiền vận động\",\"value\":" + (10 + random.nextInt(300))
                    + "000000,\"unit\":\"đồng\"}]";
            if (r.state.ordinal() >= ModelRoundState.REPORTED.ordinal()) {
                r.resultsText = "Kết quả năm " + round.year() + ": người dân tham gia đông, công trình được duy trì";
                r.reportedAt = at(LocalDate.of(round.year(), 9, 15));
            }
            if (r.state == ModelRoundState.RETURNED) {
                r.returnComment = "Bổ sung ảnh và số liệu minh chứng";
            }
            if (r.state.ordinal() >= ModelRoundState.NOT_PASSED.ordinal()) {
                r.submittedAt = at(LocalDate.of(round.year(), 10, 1));
                boolean pass = r.state != ModelRoundState.NOT_PASSED;
                r.appraisalResult = pass ? "PASS" : "NOT_PASS";
                r.appraisalOpinion = pass ? "Mô hình hiệu quả, được nhân dân đồng tình" : "Chưa đạt yêu cầu";
                r.appraisalReasons = pass ? null : "Chưa có số liệu minh chứng";
                r.appraisedBy = ACTOR;
                r.appraisedOn = LocalDate.of(round.year(), 11, 10);
            }
            if (r.state.recognized()) {
                r.decisionNumber = (10 + random.nextInt(90)) + "-QĐ/BCĐ";
                r.decisionDate = LocalDate.of(round.year(), 12, 5);
                r.decisionSigner = "Trưởng Ban Chỉ đạo";
                r.decisionLevel = ModelLevel.COMMUNE;
                r.exemplary = r.state == ModelRoundState.EXEMPLARY || r.state == ModelRoundState.COMMENDED;
            }
            records.persistAndFlush(r);
            transition(m, r, "DEMO", null, r.state.name(), at(LocalDate.of(round.year(), 12, 10)));
            if (r.state == ModelRoundState.COMMENDED) {
                ModelCommendation c = new ModelCommendation();
                c.modelRoundId = r.id;
                boolean province = random.nextInt(4) == 0;
                c.form = province ? CommendationForm.BANG_KHEN : CommendationForm.GIAY_KHEN;
                c.authority = province ? "Ủy ban nhân dân tỉnh An Giang" : "Ủy ban nhân dân " + m.place;
                c.decisionNumber = (100 + random.nextInt(900)) + "/QĐ-UBND";
                c.decisionDate = LocalDate.of(round.year(), 12, 20);
                c.recipientKind = m.ownerKind;
                c.recipientName = m.ownerName;
                c.createdBy = ACTOR;
                c.createdAt = at(c.decisionDate);
                records.record(c);
            }
            if (r.state.recognized() && random.nextInt(3) == 0) {
                m.published = true;
            }
            if (stopped && !current && random.nextInt(2) == 0) {
                r.mark = ModelRoundMark.DISCONTINUED;
                m.state = ModelState.DISCONTINUED;
                transition(m, null, "DISCONTINUE", "ACTIVE", "DISCONTINUED", at(LocalDate.of(round.year(), 12, 30)));
                break;
            }
        }
        models.flush();
        audit.recordAs(ACTOR, ModelService.AUDIT_TYPE, m.id, AuditAction.CREATE, organizations.scopePathOf(front.id()),
                Map.of("name", m.name, "demo", true));
        return m;
    }

    private void transition(MobilizationModel m, ModelRound r, String action, String from, String to,
            OffsetDateTime at) {
        ModelTransition t = new ModelTransition();
        t.modelId = m.id;
        t.modelRoundId = r == null ? null : r.id;
        t.action = action;
        t.fromState = from;
        t.toState = to;
        t.actor = ACTOR;
        t.at = at;
        records.record(t);
    }

    private static OffsetDateTime at(LocalDate day) {
        return day.atTime(9, 0).atOffset(ZoneOffset.ofHours(7));
    }

    private static final List<ModelRoundState> OPEN_STATES = List.of(ModelRoundState.REGISTERED,
            ModelRoundState.IN_PROGRESS, ModelRoundState.IN_PROGRESS, ModelRoundState.REPORTED,
            ModelRoundState.SUBMITTED, ModelRoundState.SUBMITTED, ModelRoundState.RETURNED);

    private static final List<ModelRoundState> FINISHED_STATES = List.of(ModelRoundState.RECOGNIZED,
            ModelRoundState.RECOGNIZED, ModelRoundState.RECOGNIZED, ModelRoundState.EXEMPLARY,
            ModelRoundState.COMMENDED, ModelRoundState.NOT_PASSED, ModelRoundState.APPRAISED);

    private static final List<String> PEOPLE = List.of("Nguyễn Văn Tư", "Trần Thị Hồng", "Lê Văn Bảy", "Danh Sơn",
            "Thạch Thị Sa Ry");
}
