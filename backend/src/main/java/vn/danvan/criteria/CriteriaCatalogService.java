package vn.danvan.criteria;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * What other features read of the criteria: a set version with its rule and criteria, and the version in force for a
 * title on a day. It checks no scope: the calling feature decides who may see the record it judges.
 */
@ApplicationScoped
public class CriteriaCatalogService {

    private static final String SET = "SELECT s.id, t.id, t.code, t.name, t.subject_kind, t.deciding_level,"
            + " t.issuer_organization_id, s.version_no, s.name, s.level, s.status, s.effective_from, s.effective_to,"
            + " s.pass_rule, s.passing_score, s.posting_days, s.vote_threshold_percent, s.validity_years,"
            + " s.reassessment_months, s.revoke_key_fail_percent, s.revoke_fail_percent"
            + " FROM criteria_set s JOIN recognition_title t ON t.id = s.title_id";

    @Inject
    EntityManager em;

    /** A set version, any status. */
    public Optional<CriteriaSetDto> set(long setId) {
        List<?> rows = em.createNativeQuery(SET + " WHERE s.id = :id").setParameter("id", setId).getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(view((Object[]) rows.get(0)));
    }

    /** The published version of a title (and level, when given) in force on {@code day}: the latest one to start. */
    public Optional<CriteriaSetDto> inForce(long titleId, String level, LocalDate day) {
        List<?> rows = em
                .createNativeQuery(SET + " WHERE s.title_id = :title AND s.status = 'PUBLISHED'"
                        + " AND s.effective_from <= :day AND (s.effective_to IS NULL OR s.effective_to >= :day)"
                        + " AND (CAST(:level AS varchar) IS NULL OR s.level = CAST(:level AS varchar))"
                        + " ORDER BY s.effective_from DESC, s.version_no DESC LIMIT 1")
                .setParameter("title", titleId).setParameter("day", day).setParameter("level", level).getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(view((Object[]) rows.get(0)));
    }

    /**
     * The version of a title (and level, when given) that applied between {@code from} and {@code to} — published or
     * since retired, never a draft: the latest to start within or before the span. The rural programme judges a year,
     * and a past decision recorded afterwards, by it.
     */
    public Optional<CriteriaSetDto> covering(long titleId, LocalDate from, LocalDate to) {
        List<?> rows = em
                .createNativeQuery(SET + " WHERE s.title_id = :title AND s.status <> 'DRAFT'"
                        + " AND s.effective_from <= :to AND (s.effective_to IS NULL OR s.effective_to >= :from)"
                        + " ORDER BY s.effective_from DESC, s.version_no DESC LIMIT 1")
                .setParameter("title", titleId).setParameter("from", from).setParameter("to", to).getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(view((Object[]) rows.get(0)));
    }

    /** A criterion's variant for a commune group (NTM 2026–2030: groups 1, 2, 3). */
    public record VariantView(long criterionId, int communeGroup, BigDecimal threshold, String note) {
    }

    /** The variants of a set's criteria, by criterion. */
    public java.util.Map<Long, List<VariantView>> variants(long setId) {
        java.util.Map<Long, List<VariantView>> byCriterion = new java.util.HashMap<>();
        for (Object row : em.createNativeQuery("SELECT v.criterion_id, v.commune_group, v.threshold, v.note"
                + " FROM criterion_variant v JOIN criterion c ON c.id = v.criterion_id WHERE c.set_id = :set"
                + " ORDER BY v.criterion_id, v.commune_group").setParameter("set", setId).getResultList()) {
            Object[] r = (Object[]) row;
            VariantView v = new VariantView(((Number) r[0]).longValue(), ((Number) r[1]).intValue(), (BigDecimal) r[2],
                    (String) r[3]);
            byCriterion.computeIfAbsent(v.criterionId(), k -> new ArrayList<>()).add(v);
        }
        return byCriterion;
    }

    /** A title by its code (XA-NTM ...), when it exists. */
    public Optional<TitleRef> titleByCode(String code) {
        List<?> rows = em.createNativeQuery("SELECT id, code, name FROM recognition_title WHERE code = :code")
                .setParameter("code", code).getResultList();
        return rows.stream().map(row -> (Object[]) row)
                .map(r -> new TitleRef(((Number) r[0]).longValue(), (String) r[1], (String) r[2])).findFirst();
    }

    /** A title as other features name it (counts, public lists). */
    public record TitleRef(long id, String code, String name) {
    }

    /** The titles of these ids that exist, in no particular order. */
    public List<TitleRef> titles(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<TitleRef> titles = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT id, code, name FROM recognition_title WHERE id IN (:ids)")
                .setParameter("ids", ids).getResultList()) {
            Object[] r = (Object[]) row;
            titles.add(new TitleRef(((Number) r[0]).longValue(), (String) r[1], (String) r[2]));
        }
        return titles;
    }

    /** One title, when it exists. */
    public Optional<TitleRef> title(long id) {
        return titles(List.of(id)).stream().findFirst();
    }

    private CriteriaSetDto view(Object[] r) {
        long id = ((Number) r[0]).longValue();
        return new CriteriaSetDto(id, ((Number) r[1]).longValue(), (String) r[2], (String) r[3],
                SubjectKind.valueOf((String) r[4]), DecidingLevel.valueOf((String) r[5]), ((Number) r[6]).longValue(),
                ((Number) r[7]).intValue(), (String) r[8], (String) r[9], CriteriaSetStatus.valueOf((String) r[10]),
                date(r[11]), date(r[12]), PassRule.valueOf((String) r[13]), (BigDecimal) r[14], integer(r[15]),
                (BigDecimal) r[16], integer(r[17]), integer(r[18]), (BigDecimal) r[19], (BigDecimal) r[20],
                criteria(id));
    }

    private List<CriteriaSetDto.CriterionView> criteria(long setId) {
        List<?> rows = em.createNativeQuery("SELECT c.id, c.parent_id, g.code, c.code, c.name, c.kind, c.max_points,"
                + " c.unit_of_measure, c.comparison, c.threshold, c.required, c.key_criterion, c.expected_evidence,"
                + " c.position FROM criterion c LEFT JOIN criteria_group g ON g.id = c.group_id"
                + " LEFT JOIN criterion p ON p.id = c.parent_id WHERE c.set_id = :set"
                + " ORDER BY coalesce(g.position, 0), coalesce(p.position, c.position), coalesce(p.id, c.id),"
                + " c.parent_id NULLS FIRST, c.position, c.id").setParameter("set", setId).getResultList();
        List<CriteriaSetDto.CriterionView> criteria = new ArrayList<>(rows.size());
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            criteria.add(new CriteriaSetDto.CriterionView(((Number) r[0]).longValue(),
                    r[1] == null ? null : ((Number) r[1]).longValue(), (String) r[2], (String) r[3], (String) r[4],
                    CriterionKind.valueOf((String) r[5]), (BigDecimal) r[6], (String) r[7], (String) r[8],
                    (BigDecimal) r[9], (Boolean) r[10], (Boolean) r[11], (String) r[12], ((Number) r[13]).intValue()));
        }
        return criteria;
    }

    private static LocalDate date(Object value) {
        return value == null ? null : value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }

    private static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }
}
