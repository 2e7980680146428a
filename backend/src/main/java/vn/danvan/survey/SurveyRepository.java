package vn.danvan.survey;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

/**
 * Surveys and what hangs on them: the scale, questions and plan (replaced whole while the survey is a draft), the
 * anonymous forms and their answers (one statement each), the counts kept by V28's triggers, and the one-time codes.
 * Scope comes from the unit feature's read model unit_scope (the survey's commune).
 */
@ApplicationScoped
class SurveyRepository implements PanacheRepository<SatisfactionSurvey> {

    @Inject
    EntityManager em;

    /** A commune as the read model shows it. */
    record Commune(long id, String path, String unitPath, String level, LocalDate validTo, String name, String code) {
    }

    record Option(int value, String label, boolean satisfied) {
    }

    record QuestionRow(long id, int position, Long criterionId, String criterionCode, String criterionName,
            String text) {
    }

    record PlanRow(long areaId, int households) {
    }

    record AnswerCount(long areaId, long questionId, int value, long answers) {
    }

    record Filter(String scopePath, String unitPath, SatisfactionSurveyState state, Long titleId, Integer year) {
    }

    record Page(List<Long> ids, long total) {
    }

    Optional<Commune> unit(long unitId) {
        List<?> rows = em.createNativeQuery(
                "SELECT unit_id, path, unit_path, level, valid_to, name, code FROM unit_scope WHERE unit_id = :u")
                .setParameter("u", unitId).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = (Object[]) rows.get(0);
        return Optional.of(new Commune(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                date(r[4]), (String) r[5], (String) r[6]));
    }

    /** The scope path of a survey's commune. */
    String pathOf(SatisfactionSurvey s) {
        return unit(s.unitId).map(Commune::path).orElseThrow();
    }

    // ---- design

    List<Option> scale(long surveyId) {
        List<Option> options = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT value, label, satisfied FROM satisfaction_scale_option"
                + " WHERE survey_id = :s ORDER BY value").setParameter("s", surveyId).getResultList()) {
            Object[] r = (Object[]) row;
            options.add(new Option(((Number) r[0]).intValue(), (String) r[1], (Boolean) r[2]));
        }
        return options;
    }

    List<QuestionRow> questions(long surveyId) {
        List<QuestionRow> questions = new ArrayList<>();
        for (Object row : em
                .createNativeQuery("SELECT id, position, criterion_id, criterion_code, criterion_name,"
                        + " text FROM satisfaction_question WHERE survey_id = :s ORDER BY position")
                .setParameter("s", surveyId).getResultList()) {
            Object[] r = (Object[]) row;
            questions.add(new QuestionRow(((Number) r[0]).longValue(), ((Number) r[1]).intValue(),
                    r[2] == null ? null : ((Number) r[2]).longValue(), (String) r[3], (String) r[4], (String) r[5]));
        }
        return questions;
    }

    List<PlanRow> plan(long surveyId) {
        List<PlanRow> plan = new ArrayList<>();
        for (Object row : em
                .createNativeQuery("SELECT residential_area_id, households FROM satisfaction_plan_area"
                        + " WHERE survey_id = :s ORDER BY residential_area_id")
                .setParameter("s", surveyId).getResultList()) {
            Object[] r = (Object[]) row;
            plan.add(new PlanRow(((Number) r[0]).longValue(), ((Number) r[1]).intValue()));
        }
        return plan;
    }

    void replaceDesign(long surveyId, List<Option> scale, List<QuestionRow> questions, List<PlanRow> plan) {
        em.flush();
        for (String table : List.of("satisfaction_scale_option", "satisfaction_question", "satisfaction_plan_area")) {
            em.createNativeQuery("DELETE FROM " + table + " WHERE survey_id = :s").setParameter("s", surveyId)
                    .executeUpdate();
        }
        for (Option o : scale) {
            em.createNativeQuery("INSERT INTO satisfaction_scale_option (survey_id, value, label, satisfied)"
                    + " VALUES (:s, :v, :l, :y)").setParameter("s", surveyId).setParameter("v", (short) o.value())
                    .setParameter("l", o.label()).setParameter("y", o.satisfied()).executeUpdate();
        }
        for (QuestionRow q : questions) {
            em.createNativeQuery("INSERT INTO satisfaction_question (survey_id, position, criterion_id,"
                    + " criterion_code, criterion_name, text) VALUES (:s, :p, CAST(:c AS bigint), :cc, :cn, :t)")
                    .setParameter("s", surveyId).setParameter("p", q.position()).setParameter("c", q.criterionId())
                    .setParameter("cc", q.criterionCode()).setParameter("cn", q.criterionName())
                    .setParameter("t", q.text()).executeUpdate();
        }
        for (PlanRow p : plan) {
            em.createNativeQuery("INSERT INTO satisfaction_plan_area (survey_id, residential_area_id, households)"
                    + " VALUES (:s, :a, :h)").setParameter("s", surveyId).setParameter("a", p.areaId())
                    .setParameter("h", p.households()).executeUpdate();
        }
    }

    // ---- lists

    Page page(Filter f, int offset, int limit) {
        StringBuilder where = new StringBuilder(" FROM satisfaction_survey s WHERE s.unit_id IN"
                + " (SELECT unit_id FROM unit_scope WHERE path LIKE :scope || '%')");
        Map<String, Object> params = new HashMap<>();
        params.put("scope", f.scopePath()); // digits and slashes: nothing to escape
        if (f.unitPath() != null) {
            where.append(" AND s.unit_id IN (SELECT unit_id FROM unit_scope WHERE path LIKE :unit || '%'"
                    + " UNION SELECT unit_id FROM unit_scope WHERE unit_path LIKE :unit || '%')");
            params.put("unit", f.unitPath());
        }
        if (f.state() != null) {
            where.append(" AND s.state = :state");
            params.put("state", f.state().name());
        }
        if (f.titleId() != null) {
            where.append(" AND s.title_id = :title");
            params.put("title", f.titleId());
        }
        if (f.year() != null) {
            where.append(" AND s.year = :year");
            params.put("year", f.year());
        }
        Query ids = em.createNativeQuery("SELECT s.id" + where + " ORDER BY s.year DESC, s.id DESC");
        Query count = em.createNativeQuery("SELECT count(*)" + where);
        params.forEach((k, v) -> {
            ids.setParameter(k, v);
            count.setParameter(k, v);
        });
        return new Page(longs(ids.setFirstResult(offset).setMaxResults(limit).getResultList()),
                ((Number) count.getSingleResult()).longValue());
    }

    /** Published surveys, newest first, of the units under {@code path} (all when null). */
    Page publishedPage(String path, int offset, int limit) {
        String where = " FROM satisfaction_survey s WHERE s.state = 'PUBLISHED'"
                + (path == null ? "" : " AND s.unit_id IN (SELECT unit_id FROM unit_scope WHERE path LIKE :p || '%')");
        Query ids = em.createNativeQuery("SELECT s.id" + where + " ORDER BY s.published_on DESC, s.id DESC");
        Query count = em.createNativeQuery("SELECT count(*)" + where);
        if (path != null) {
            ids.setParameter("p", path);
            count.setParameter("p", path);
        }
        return new Page(longs(ids.setFirstResult(offset).setMaxResults(limit).getResultList()),
                ((Number) count.getSingleResult()).longValue());
    }

    /** The province (name) of each unit: the first unit of its scope path. */
    Map<Long, String> provinceNames(List<Long> unitIds) {
        Map<Long, String> names = new HashMap<>();
        if (unitIds.isEmpty()) {
            return names;
        }
        for (Object row : em.createNativeQuery("SELECT u.unit_id, p.name FROM unit_scope u"
                + " LEFT JOIN unit_scope p ON p.unit_id = CAST(split_part(u.path, '/', 2) AS bigint)"
                + " WHERE u.unit_id IN (:ids)").setParameter("ids", unitIds).getResultList()) {
            Object[] r = (Object[]) row;
            names.put(((Number) r[0]).longValue(), (String) r[1]);
        }
        return names;
    }

    /** Responses and planned households of each survey. */
    Map<Long, long[]> totals(List<Long> surveyIds) {
        Map<Long, long[]> totals = new HashMap<>();
        if (surveyIds.isEmpty()) {
            return totals;
        }
        for (Object row : em.createNativeQuery("SELECT s.id,"
                + " (SELECT coalesce(sum(responses), 0) FROM satisfaction_response_count c WHERE c.survey_id = s.id),"
                + " (SELECT coalesce(sum(households), 0) FROM satisfaction_plan_area p WHERE p.survey_id = s.id)"
                + " FROM satisfaction_survey s WHERE s.id IN (:ids)").setParameter("ids", surveyIds).getResultList()) {
            Object[] r = (Object[]) row;
            totals.put(((Number) r[0]).longValue(),
                    new long[] { ((Number) r[1]).longValue(), ((Number) r[2]).longValue() });
        }
        return totals;
    }

    /** Answers and satisfied answers of each survey, from the kept counts (the public list's figures). */
    Map<Long, long[]> overall(List<Long> surveyIds) {
        Map<Long, long[]> overall = new HashMap<>();
        if (surveyIds.isEmpty()) {
            return overall;
        }
        for (Object row : em
                .createNativeQuery("SELECT c.survey_id, coalesce(sum(c.answers), 0),"
                        + " coalesce(sum(c.answers) FILTER (WHERE o.satisfied), 0) FROM satisfaction_answer_count c"
                        + " JOIN satisfaction_scale_option o ON o.survey_id = c.survey_id AND o.value = c.value"
                        + " WHERE c.survey_id IN (:ids) GROUP BY c.survey_id")
                .setParameter("ids", surveyIds).getResultList()) {
            Object[] r = (Object[]) row;
            overall.put(((Number) r[0]).longValue(),
                    new long[] { ((Number) r[1]).longValue(), ((Number) r[2]).longValue() });
        }
        return overall;
    }

    // ---- answers and their counts

    /**
     * Stores one form and its answers in one statement (V28's triggers add them to the counts). The response's key is a
     * random uuid: nothing orders the forms.
     */
    void insertResponse(long surveyId, long areaId, LocalDate day, String channel, Map<Long, Integer> answers) {
        StringBuilder sql = new StringBuilder("WITH r AS (INSERT INTO satisfaction_response (survey_id,"
                + " residential_area_id, received_on, channel) VALUES (:s, :a, :d, :c) RETURNING id)"
                + " INSERT INTO satisfaction_answer (response_id, survey_id, residential_area_id, question_id, value)"
                + " SELECT r.id, :s, :a, t.q, t.v FROM r, (VALUES ");
        int i = 0;
        for (int n = answers.size(); i < n; i++) {
            sql.append(i == 0 ? "" : ", ").append("(CAST(:q").append(i).append(" AS bigint), CAST(:v").append(i)
                    .append(" AS smallint))");
        }
        sql.append(") AS t(q, v)");
        Query q = em.createNativeQuery(sql.toString()).setParameter("s", surveyId).setParameter("a", areaId)
                .setParameter("d", day).setParameter("c", channel);
        i = 0;
        for (Map.Entry<Long, Integer> a : answers.entrySet()) {
            q.setParameter("q" + i, a.getKey()).setParameter("v" + i, a.getValue());
            i++;
        }
        q.executeUpdate();
    }

    /** Responses so far per area of the survey. */
    Map<Long, Long> responseCounts(long surveyId) {
        Map<Long, Long> counts = new LinkedHashMap<>();
        for (Object row : em.createNativeQuery(
                "SELECT residential_area_id, responses FROM satisfaction_response_count" + " WHERE survey_id = :s")
                .setParameter("s", surveyId).getResultList()) {
            Object[] r = (Object[]) row;
            counts.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
        }
        return counts;
    }

    /** Answers per area, question and value (the kept counts). */
    List<AnswerCount> answerCounts(long surveyId) {
        List<AnswerCount> counts = new ArrayList<>();
        for (Object row : em
                .createNativeQuery("SELECT residential_area_id, question_id, value, answers"
                        + " FROM satisfaction_answer_count WHERE survey_id = :s AND answers > 0")
                .setParameter("s", surveyId).getResultList()) {
            Object[] r = (Object[]) row;
            counts.add(new AnswerCount(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                    ((Number) r[2]).intValue(), ((Number) r[3]).longValue()));
        }
        return counts;
    }

    // ---- one-time codes

    /** Keeps the hashes of a batch; returns how many were new (a collision, vanishingly rare, is not kept). */
    int insertCodes(long surveyId, long areaId, List<byte[]> hashes) {
        StringBuilder sql = new StringBuilder(
                "INSERT INTO satisfaction_code (survey_id, code_hash, residential_area_id) VALUES ");
        for (int i = 0; i < hashes.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(:s, :h").append(i).append(", :a)");
        }
        sql.append(" ON CONFLICT DO NOTHING");
        Query q = em.createNativeQuery(sql.toString()).setParameter("s", surveyId).setParameter("a", areaId);
        for (int i = 0; i < hashes.size(); i++) {
            q.setParameter("h" + i, hashes.get(i));
        }
        return q.executeUpdate();
    }

    /** Spends a code: its area when it was unspent (and is spent now), empty otherwise. */
    Optional<Long> spend(long surveyId, byte[] hash) {
        List<?> rows = em
                .createNativeQuery("UPDATE satisfaction_code SET spent = true"
                        + " WHERE survey_id = :s AND code_hash = :h AND NOT spent RETURNING residential_area_id")
                .setParameter("s", surveyId).setParameter("h", hash).getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(((Number) rows.get(0)).longValue());
    }

    boolean codeExists(long surveyId, byte[] hash) {
        return !em.createNativeQuery("SELECT 1 FROM satisfaction_code WHERE survey_id = :s AND code_hash = :h")
                .setParameter("s", surveyId).setParameter("h", hash).getResultList().isEmpty();
    }

    private static List<Long> longs(List<?> rows) {
        List<Long> ids = new ArrayList<>(rows.size());
        rows.forEach(r -> ids.add(((Number) r).longValue()));
        return ids;
    }

    private static LocalDate date(Object value) {
        return value == null ? null : value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
