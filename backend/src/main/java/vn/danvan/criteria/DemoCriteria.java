package vn.danvan.criteria;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

import vn.danvan.common.audit.AuditAction;
import vn.danvan.common.audit.AuditLog;
import vn.danvan.common.config.DanvanConfig;
import vn.danvan.unit.organization.OrganizationRefDto;
import vn.danvan.unit.organization.OrganizationService;

/**
 * Demo criteria for {@code make run} (danvan.demo-data=true), labelled as examples: no legal text is invented or shown
 * as real. "Khu dân cư kiểu mẫu" of An Giang's Front, in the spirit of the Đơn Dương directive (the five contents of
 * the campaign, 80 of 100 points, 10 days of posting, a 70% vote, valid 3 years): version 1 for 2021–2025 and version 2
 * from 2026. "Thôn, tổ dân phố văn hóa" of An Giang's People's Committee on NĐ 86/2023's three groups (every criterion
 * required, a 90% vote) from 2026. Idempotent; off in production and tests.
 */
@ApplicationScoped
public class DemoCriteria {

    private static final Logger LOG = Logger.getLogger(DemoCriteria.class);
    private static final String ACTOR = "system:demo-data";
    static final String MODEL_AREA = "KDC-KIEU-MAU-91";
    static final String CULTURAL_AREA = "THON-TDP-VAN-HOA-91";
    private static final String NOT_LEGAL = "Ví dụ minh họa cho bản chạy thử, không phải văn bản pháp lý: các tiêu chí"
            + " do phần mềm soạn để trình diễn, không trích từ văn bản nào.";

    /** One criterion of a demo set: its group, code, name, points (null: pass/fail), key, expected evidence. */
    private record Item(String group, String code, String name, Integer points, boolean key, String evidence) {
    }

    private static final Map<String, String> CONTENTS = Map.of("ND1",
            "Nội dung 1: Phát triển kinh tế, giảm nghèo bền vững", "ND2",
            "Nội dung 2: Văn hóa, giáo dục, y tế, xây dựng gia đình", "ND3",
            "Nội dung 3: Môi trường, cảnh quan xanh – sạch – đẹp", "ND4",
            "Nội dung 4: Chấp hành pháp luật, giữ gìn an ninh trật tự", "ND5",
            "Nội dung 5: Phát huy dân chủ, giám sát và phản biện xã hội");

    private static final List<Item> MODEL_ITEMS = List.of(
            new Item("ND1", "1.1", "Thu nhập bình quân đầu người cao hơn mức bình quân của xã", 8, false,
                    "Số liệu của Ban Công tác Mặt trận"),
            new Item("ND1", "1.2", "Không còn hộ nghèo (trừ hộ thuộc diện bảo trợ xã hội)", 8, true,
                    "Danh sách rà soát hộ nghèo cuối năm"),
            new Item("ND1", "1.3", "Có ít nhất một mô hình sản xuất, kinh doanh hiệu quả", 4, false, "Ảnh mô hình"),
            new Item("ND2", "2.1", "Từ 90% hộ trở lên đạt danh hiệu “Gia đình văn hóa”", 8, false, "Biên bản bình xét"),
            new Item("ND2", "2.2", "Trẻ em trong độ tuổi được đến trường đầy đủ", 6, false, null),
            new Item("ND2", "2.3", "Từ 95% người dân trở lên tham gia bảo hiểm y tế", 6, false, null),
            new Item("ND3", "3.1", "Đường giao thông được cứng hóa, có đèn chiếu sáng và trồng hoa", 8, false,
                    "Ảnh tuyến đường"),
            new Item("ND3", "3.2", "Rác thải sinh hoạt được thu gom, phân loại tại nguồn", 7, false,
                    "Ảnh điểm tập kết"),
            new Item("ND3", "3.3", "Các hộ dùng nước sạch và nhà tiêu hợp vệ sinh", 5, false, null),
            new Item("ND4", "4.1", "Không có tội phạm, tệ nạn xã hội nghiêm trọng", 10, true,
                    "Xác nhận của Công an xã"),
            new Item("ND4", "4.2", "Tổ tự quản an ninh trật tự hoạt động thường xuyên", 5, false, null),
            new Item("ND4", "4.3", "Mâu thuẫn trong nhân dân được hòa giải thành tại cơ sở", 5, false,
                    "Sổ theo dõi hòa giải"),
            new Item("ND5", "5.1", "Thực hiện tốt dân chủ ở cơ sở, hương ước, quy ước", 8, false, null),
            new Item("ND5", "5.2", "Ban Công tác Mặt trận và các chi hội hoạt động tốt", 7, false, null),
            new Item("ND5", "5.3", "Nhân dân tham gia góp ý xây dựng Đảng, chính quyền", 5, false, null));

    private static final Map<String, String> DECREE_GROUPS = Map.of("I",
            "Nhóm I: Đời sống kinh tế ổn định và từng bước phát triển", "II",
            "Nhóm II: Đời sống văn hóa, tinh thần lành mạnh, phong phú", "III",
            "Nhóm III: Môi trường an toàn, trật tự, sạch đẹp");

    private static final List<Item> CULTURAL_ITEMS = List.of(
            new Item("I", "I.1", "Có mô hình phát triển kinh tế hiệu quả", null, false, null),
            new Item("I", "I.2", "Tỷ lệ hộ nghèo giảm so với năm trước", null, false, "Số liệu rà soát hộ nghèo"),
            new Item("I", "I.3", "Người trong độ tuổi lao động có việc làm", null, false, null),
            new Item("I", "I.4", "Nhà văn hóa, đường giao thông được duy tu, sử dụng hiệu quả", null, false, "Ảnh"),
            new Item("II", "II.1", "Phong trào văn hóa, văn nghệ, thể thao duy trì thường xuyên", null, false, null),
            new Item("II", "II.2", "Thực hiện nếp sống văn minh trong việc cưới, việc tang, lễ hội", null, false, null),
            new Item("II", "II.3", "Tỷ lệ hộ gia đình văn hóa đạt yêu cầu", null, false, "Biên bản bình xét"),
            new Item("II", "II.4", "Trẻ em trong độ tuổi đi học được đến trường", null, false, null),
            new Item("II", "II.5", "Giữ gìn truyền thống đoàn kết, tương trợ trong cộng đồng", null, false, null),
            new Item("II", "II.6", "Thực hiện tốt hương ước, quy ước", null, false, null),
            new Item("III", "III.1", "Cảnh quan sạch đẹp, rác thải được thu gom", null, false, "Ảnh"),
            new Item("III", "III.2", "Không để xảy ra tội phạm nghiêm trọng, tệ nạn xã hội", null, true,
                    "Xác nhận của Công an xã"),
            new Item("III", "III.3", "Chấp hành tốt chủ trương, chính sách, pháp luật", null, false, null));

    @Inject
    DanvanConfig config;

    @Inject
    EntityManager em;

    @Inject
    OrganizationService organizations;

    @Inject
    AuditLog audit;

    @Transactional
    void load(@Observes @Priority(2500) StartupEvent event) {
        if (!config.demoData() || exists(MODEL_AREA)) {
            return;
        }
        OrganizationRefDto front = organizations.refByCode("91-MTTQ").orElse(null);
        OrganizationRefDto committee = organizations.refByCode("91-UBND").orElse(null);
        if (front == null || committee == null) {
            LOG.warn("demo data: An Giang's Front or People's Committee is not there (V3__organizations.sql)");
            return;
        }
        long model = title(MODEL_AREA, "Khu dân cư kiểu mẫu", front, "PROVINCE",
                "Danh hiệu khu dân cư kiểu mẫu của tỉnh (ví dụ minh họa). " + NOT_LEGAL);
        String province = organizations.scopePathOf(front.id());
        long first = set(province, model, 1, "Bộ tiêu chí khu dân cư kiểu mẫu giai đoạn 2021–2025 (ví dụ minh họa)",
                LocalDate.of(2021, 1, 1), LocalDate.of(2025, 12, 31), null, "SCORE", 80, 10, 70, 3, CONTENTS,
                MODEL_ITEMS);
        set(province, model, 2, "Bộ tiêu chí khu dân cư kiểu mẫu từ năm 2026 (ví dụ minh họa)",
                LocalDate.of(2026, 1, 1), null, first, "SCORE", 80, 10, 70, 3, CONTENTS, MODEL_ITEMS);
        long cultural = title(CULTURAL_AREA, "Thôn, tổ dân phố văn hóa", committee, "COMMUNE",
                "Danh hiệu theo ba nhóm tiêu chuẩn của Nghị định 86/2023/NĐ-CP (ví dụ minh họa). " + NOT_LEGAL);
        set(province, cultural, 1, "Tiêu chuẩn thôn, tổ dân phố văn hóa từ năm 2026 (ví dụ minh họa)",
                LocalDate.of(2026, 1, 1), null, null, "ALL_REQUIRED", null, 10, 90, null, DECREE_GROUPS,
                CULTURAL_ITEMS);
        LOG.info("demo data: 2 recognition titles and 3 criteria sets (examples, not legal texts)");
    }

    private boolean exists(String code) {
        return !em.createNativeQuery("SELECT 1 FROM recognition_title WHERE code = :code").setParameter("code", code)
                .getResultList().isEmpty();
    }

    private long title(String code, String name, OrganizationRefDto issuer, String decidingLevel, String description) {
        long id = ((Number) em.createNativeQuery("INSERT INTO recognition_title (code, name, subject_kind,"
                + " issuer_organization_id, deciding_level, description, demo) VALUES (:code, :name, 'RESIDENTIAL_AREA',"
                + " :issuer, :level, :description, true) RETURNING id").setParameter("code", code)
                .setParameter("name", name).setParameter("issuer", issuer.id()).setParameter("level", decidingLevel)
                .setParameter("description", description).getSingleResult()).longValue();
        audit.recordAs(ACTOR, "RecognitionTitle", id, AuditAction.CREATE, organizations.scopePathOf(issuer.id()),
                Map.of("code", code, "name", name, "issuer", issuer.code(), "decidingLevel", decidingLevel));
        return id;
    }

    private long set(String path, long titleId, int version, String name, LocalDate from, LocalDate to, Long copiedFrom,
            String passRule, Integer passingScore, int postingDays, int votePercent, Integer validityYears,
            Map<String, String> groups, List<Item> items) {
        long id = ((Number) em.createNativeQuery("INSERT INTO criteria_set (title_id, version_no, name, effective_from,"
                + " effective_to, status, copied_from_id, pass_rule, passing_score, posting_days,"
                + " vote_threshold_percent, validity_years, notes, demo, published_at, published_by) VALUES (:title,"
                + " :version, :name, :from, CAST(:to AS date), 'PUBLISHED', CAST(:copied AS bigint), :rule,"
                + " CAST(:score AS numeric), :posting, :vote, CAST(:validity AS int), :notes, true, now(), :actor)"
                + " RETURNING id").setParameter("title", titleId).setParameter("version", version)
                .setParameter("name", name).setParameter("from", from).setParameter("to", to)
                .setParameter("copied", copiedFrom).setParameter("rule", passRule)
                .setParameter("score", passingScore == null ? null : BigDecimal.valueOf(passingScore))
                .setParameter("posting", postingDays).setParameter("vote", BigDecimal.valueOf(votePercent))
                .setParameter("validity", validityYears).setParameter("notes", NOT_LEGAL).setParameter("actor", ACTOR)
                .getSingleResult()).longValue();
        Map<String, Long> groupIds = new java.util.HashMap<>();
        int position = 1;
        for (String code : groups.keySet().stream().sorted(DemoCriteria::byNumber).toList()) {
            groupIds.put(code,
                    ((Number) em
                            .createNativeQuery("INSERT INTO criteria_group (set_id, code, name,"
                                    + " position) VALUES (:set, :code, :name, :position) RETURNING id")
                            .setParameter("set", id).setParameter("code", code).setParameter("name", groups.get(code))
                            .setParameter("position", position++).getSingleResult()).longValue());
        }
        position = 1;
        for (Item item : items) {
            em.createNativeQuery("INSERT INTO criterion (set_id, group_id, code, name, kind, max_points, required,"
                    + " key_criterion, expected_evidence, position) VALUES (:set, :group, :code, :name, :kind,"
                    + " CAST(:points AS numeric), true, :key, CAST(:evidence AS text), :position)")
                    .setParameter("set", id).setParameter("group", groupIds.get(item.group()))
                    .setParameter("code", item.code()).setParameter("name", item.name())
                    .setParameter("kind", item.points() == null ? "PASS_FAIL" : "SCORED")
                    .setParameter("points", item.points() == null ? null : BigDecimal.valueOf(item.points()))
                    .setParameter("key", item.key()).setParameter("evidence", item.evidence())
                    .setParameter("position", position++).executeUpdate();
        }
        audit.recordAs(ACTOR, "CriteriaSet", id, AuditAction.CREATE, path,
                Map.of("titleId", titleId, "version", version, "name", name, "criteria", items.size()));
        return id;
    }

    /** ND1 < ND2 …; I < II < III. */
    private static int byNumber(String a, String b) {
        return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
    }
}
