package vn.danvan.recognition.review;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * The public list's statements over its read model {@code recognition_public_area} (V23: one line per residential
 * area's decision neither revoked nor lost, kept by triggers, the area's and the commune's names folded for the
 * search): a page of the decisions in force on a day, newest first, and the total; then the page's lines.
 * {@code backend/bench/recognition-bench.sh} runs the same SQL.
 */
@ApplicationScoped
class PublicRecognitionRepository {

    @Inject
    EntityManager em;

    /** One line of the list as read (the title's name and the province's code are added by the service). */
    record Line(long decisionId, String areaName, String communeName, Long provinceId, String provinceName,
            long titleId, String number, LocalDate signedOn, String level, LocalDate validUntil) {
    }

    /** The ids of one page of decisions in force on {@code today}, and their total. */
    record Page(List<Long> ids, long total) {
    }

    Page page(LocalDate today, String provincePath, String text, int offset, int size) {
        StringBuilder where = new StringBuilder(" FROM recognition_public_area p WHERE p.valid_from <= :today"
                + " AND (p.valid_until IS NULL OR p.valid_until >= :today)");
        if (provincePath != null) {
            where.append(" AND p.unit_id IN (SELECT unit_id FROM unit_scope WHERE path LIKE :path || '%')");
        }
        List<String> words = patterns(text);
        for (int i = 0; i < words.size(); i++) {
            where.append(" AND p.search_text LIKE dv_fold(:w").append(i).append(")");
        }
        Query ids = bind(
                em.createNativeQuery("SELECT p.decision_id" + where
                        + " ORDER BY p.signed_on DESC, p.decision_id DESC OFFSET :offset LIMIT :size"),
                today, provincePath, words).setParameter("offset", offset).setParameter("size", size);
        Query count = bind(em.createNativeQuery("SELECT count(*)" + where), today, provincePath, words);
        List<Long> page = new ArrayList<>();
        for (Object id : ids.getResultList()) {
            page.add(((Number) id).longValue());
        }
        return new Page(page, ((Number) count.getSingleResult()).longValue());
    }

    List<Line> lines(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Line> lines = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT d.id, a.name, u.name, pu.unit_id, pu.name, d.title_id,"
                + " d.number, d.signed_on, d.level, d.valid_until FROM recognition_decision d"
                + " JOIN residential_area a ON a.id = d.residential_area_id JOIN unit_scope u ON u.unit_id = d.unit_id"
                + " LEFT JOIN unit_scope pu ON pu.unit_id = CAST(split_part(u.path, '/', 2) AS bigint)"
                + " WHERE d.id IN (:ids)").setParameter("ids", ids).getResultList()) {
            Object[] r = (Object[]) row;
            lines.add(new Line(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                    r[3] == null ? null : ((Number) r[3]).longValue(), (String) r[4], ((Number) r[5]).longValue(),
                    (String) r[6], date(r[7]), (String) r[8], date(r[9])));
        }
        return lines;
    }

    private static Query bind(Query q, LocalDate today, String path, List<String> words) {
        q.setParameter("today", today);
        if (path != null) {
            q.setParameter("path", path); // digits and slashes: nothing to escape
        }
        for (int i = 0; i < words.size(); i++) {
            q.setParameter("w" + i, words.get(i));
        }
        return q;
    }

    /** One LIKE pattern per word of a search (at most 8), its wildcards escaped; folded by dv_fold in the query. */
    static List<String> patterns(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.trim().split("\\s+")).limit(8)
                .map(w -> "%" + w.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%").toList();
    }

    private static LocalDate date(Object value) {
        return value == null ? null : value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
