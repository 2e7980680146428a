package vn.danvan.rural;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

import vn.danvan.common.config.DanvanConfig;

/**
 * Demo NTM status for {@code make run} (danvan.demo-data=true), all of it "ví dụ minh họa" (invented figures, no real
 * decision): An Giang's xã and đặc khu get a group for 2026–2030; about 70 % of the former communes of An Giang and
 * Kiên Giang (ended by the 2025 reform) get an XA-NTM decision of 2018–2024 under the set of its day, a fifth of them
 * nâng cao (2022–2024), a few kiểu mẫu (2024), two revoked — recorded paper decisions that show under their successors;
 * a commune in force whose former communes all held XA-NTM (or nâng cao) on 30/06/2025 gets its own "thừa nhận"
 * decision of 2025 — a successor holds a level only by its own decision — and a few others an XA-NTM of 2026 under the
 * 2026–2030 set (QĐ 51/2025); a dozen communes in force get assessments of 2025 (the 2021–2025 set) and 2026 (the
 * 2026–2030 set), one of them failing ten of nineteen criteria in 2025 (its standing says the title must be revoked).
 * Bulk SQL, a few statements, after DemoRecognition (2600); idempotent; off in production and tests.
 */
@ApplicationScoped
public class DemoRural {

    private static final Logger LOG = Logger.getLogger(DemoRural.class);
    static final String ACTOR = "system:demo-rural";
    private static final String NOTE = "Ví dụ minh họa (demo)";

    @Inject
    DanvanConfig config;

    @Inject
    EntityManager em;

    @Transactional
    void load(@Observes @Priority(2700) StartupEvent event) {
        if (!config.demoData()) {
            return;
        }
        if (!em.createNativeQuery("SELECT 1 FROM rural_commune_group WHERE demo LIMIT 1").getResultList().isEmpty()) {
            return;
        }
        int groups = em.createNativeQuery("INSERT INTO rural_commune_group (unit_id, period_from, period_to,"
                + " commune_group, note, set_by, set_at, demo) SELECT u.unit_id, 2026, 2030,"
                + " CASE WHEN u.kind = 'SPECIAL_ZONE' THEN 3 ELSE 1 + (u.unit_id * 31) % 3 END, :note, :actor, now(), true"
                + " FROM unit_scope u WHERE u.path LIKE '/32/%' AND u.level = 'COMMUNE' AND u.valid_to IS NULL"
                + " AND u.kind <> 'WARD' ON CONFLICT DO NOTHING").setParameter("note", NOTE)
                .setParameter("actor", ACTOR).executeUpdate();
        int decisions = record("WITH f AS (SELECT u.unit_id, ((u.unit_id * 7919) % 100)::int AS h,"
                + " u.unit_path LIKE '/100814/%' AS kien_giang FROM unit_scope u WHERE u.path LIKE '/32/%'"
                + " AND u.level = 'COMMUNE' AND u.valid_to IS NOT NULL AND u.kind = 'COMMUNE'),"
                + " plan AS (SELECT unit_id, kien_giang, h, 'XA-NTM' AS title, CASE WHEN h < 20"
                + " THEN make_date(2018 + h % 4, 1 + h % 12, 5 + h % 20) ELSE make_date(2019 + h % 6, 1 + h % 12, 5 + h % 20)"
                + " END AS signed_on FROM f WHERE h < 70"
                + " UNION ALL SELECT unit_id, kien_giang, h, 'XA-NTM-NANG-CAO', make_date(2022 + h % 3, 6 + h % 6, 10)"
                + " FROM f WHERE h < 20"
                + " UNION ALL SELECT unit_id, kien_giang, h, 'XA-NTM-KIEU-MAU', make_date(2024, 9 + h % 3, 15)"
                + " FROM f WHERE h < 4),");
        // thừa nhận: a commune in force formed from former communes that all held the title on 30/06/2025 gets its
        // own decision (the former communes' titles are history; the successor holds a level only by its own)
        int thuaNhan = record("WITH s AS (SELECT u.unit_id, ((u.unit_id * 7919) % 100)::int AS h FROM unit_scope u"
                + " WHERE u.path LIKE '/32/%' AND u.level = 'COMMUNE' AND u.valid_to IS NULL AND u.kind <> 'WARD'),"
                + " held AS (SELECT s.unit_id, s.h, t.code AS title, bool_and(EXISTS (SELECT 1 FROM recognition_standing r"
                + " WHERE r.unit_id = f.unit_id AND r.title_code = t.code AND r.valid_from <= f.valid_to"
                + " AND (r.valid_until IS NULL OR r.valid_until >= f.valid_to)"
                + " AND (r.ended_on IS NULL OR r.ended_on > f.valid_to))) AS all_held"
                + " FROM s JOIN unit_scope su ON su.unit_id = s.unit_id JOIN unit_scope f ON f.path = su.path"
                + " AND f.level = 'COMMUNE' AND f.valid_to IS NOT NULL AND f.unit_id <> s.unit_id"
                + " CROSS JOIN (VALUES ('XA-NTM'), ('XA-NTM-NANG-CAO')) AS t (code) GROUP BY s.unit_id, s.h, t.code),"
                + " plan AS (SELECT unit_id, false AS kien_giang, -1 AS h, title,"
                + " make_date(2025, 8 + h % 3, 5 + h % 20) AS signed_on FROM held WHERE all_held"
                + " UNION ALL SELECT s.unit_id, false, -1, 'XA-NTM', make_date(2026, 9 + s.h % 3, 8 + s.h % 20) FROM s"
                + " WHERE s.h BETWEEN 70 AND 77 AND NOT EXISTS (SELECT 1 FROM held WHERE held.unit_id = s.unit_id"
                + " AND held.all_held)),");
        em.createNativeQuery("INSERT INTO recognition_case_event (case_id, action, from_state, to_state, actor, at,"
                + " comment) SELECT c.id, 'RECORD', NULL, 'RECOGNIZED', :actor, now(), d.number || ' ' || d.signed_on"
                + " || ': ' || :note FROM recognition_case c JOIN recognition_decision d ON d.case_id = c.id"
                + " WHERE c.registered_by = :actor").setParameter("actor", ACTOR).setParameter("note", NOTE)
                .executeUpdate();
        // a dozen xã in force assessed in 2025 (2021–2025 set) and 2026 (2026–2030 set); the first one fails 10 of 19
        int assessments = em.createNativeQuery("WITH pick AS (SELECT u.unit_id, row_number() OVER"
                + " (ORDER BY u.unit_id) AS n FROM unit_scope u WHERE u.path LIKE '/32/%' AND u.level = 'COMMUNE'"
                + " AND u.valid_to IS NULL AND u.kind = 'COMMUNE' AND (u.unit_id * 13) % 100 < 14),"
                + " k AS (SELECT k.id, k.position, y.year FROM criterion k JOIN criteria_set s ON s.id = k.set_id"
                + " JOIN recognition_title t ON t.id = s.title_id CROSS JOIN (VALUES (2025), (2026)) AS y (year)"
                + " WHERE t.code = 'XA-NTM' AND s.effective_from <= make_date(y.year, 7, 1)"
                + " AND s.effective_to >= make_date(y.year, 7, 1))"
                + " INSERT INTO rural_assessment (unit_id, year, criterion_id, met, note, assessed_by, assessed_at, demo)"
                + " SELECT p.unit_id, k.year, k.id, CASE WHEN p.n = 1 AND k.year = 2025 THEN k.position > 10"
                + " ELSE (p.unit_id + k.position * 7) % 10 >= 2 END, :note, :actor, now(), true FROM pick p CROSS JOIN k"
                + " ON CONFLICT DO NOTHING").setParameter("note", NOTE).setParameter("actor", ACTOR).executeUpdate();
        LOG.infof("demo data: %d commune groups, %d NTM decisions of former communes, %d thừa nhận and 2026 decisions,"
                + " %d assessments (ví dụ minh họa)", groups, decisions, thuaNhan, assessments);
    }

    /**
     * Records the paper decisions of a plan — a CTE text ending in {@code plan (unit_id, kien_giang, h, title,
     * signed_on),} — each judged by its title's set in force on the signing day; h 55 and 66 of XA-NTM were revoked.
     */
    private int record(String plan) {
        return em.createNativeQuery(plan + " sets AS (SELECT p.*, t.id AS title_id, s.id AS set_id FROM plan p"
                + " JOIN recognition_title t ON t.code = p.title JOIN LATERAL (SELECT s.id FROM criteria_set s"
                + " WHERE s.title_id = t.id AND s.status <> 'DRAFT' AND s.effective_from <= p.signed_on"
                + " AND (s.effective_to IS NULL OR s.effective_to >= p.signed_on)"
                + " ORDER BY s.effective_from DESC LIMIT 1) s ON true),"
                + " c AS (INSERT INTO recognition_case (title_id, criteria_set_id, subject_kind, unit_id, year, kind,"
                + " state, registered_by, registered_at, updated_at) SELECT title_id, set_id, 'COMMUNE', unit_id,"
                + " extract(year FROM signed_on)::int, 'INITIAL', 'RECOGNIZED', :actor, now(), now() FROM sets"
                + " ON CONFLICT DO NOTHING RETURNING id, unit_id, title_id, year)"
                + " INSERT INTO recognition_decision (case_id, title_id, unit_id, number, signed_on, signer, level,"
                + " valid_from, recorded, revoked_on, revocation_number, revocation_reason, revoked_by, created_by,"
                + " created_at) SELECT c.id, c.title_id, c.unit_id, (1000 + (c.unit_id * 7 + c.year) % 8000)"
                + " || '/QĐ-UBND', s.signed_on, 'Chủ tịch UBND tỉnh ' || CASE WHEN s.kien_giang THEN 'Kiên Giang'"
                + " ELSE 'An Giang' END || ' (ví dụ minh họa)', 'PROVINCE', s.signed_on, true,"
                + " CASE WHEN s.title = 'XA-NTM' AND s.h IN (55, 66) THEN DATE '2024-12-20' END,"
                + " CASE WHEN s.title = 'XA-NTM' AND s.h IN (55, 66) THEN (9000 + c.unit_id % 900) || '/QĐ-UBND' END,"
                + " CASE WHEN s.title = 'XA-NTM' AND s.h IN (55, 66) THEN 'Không duy trì đủ tiêu chí (ví dụ minh họa)' END,"
                + " CASE WHEN s.title = 'XA-NTM' AND s.h IN (55, 66) THEN :actor END, :actor, now()"
                + " FROM c JOIN sets s ON s.unit_id = c.unit_id AND s.title_id = c.title_id"
                + " AND extract(year FROM s.signed_on)::int = c.year").setParameter("actor", ACTOR).executeUpdate();
    }

}
