package vn.danvan.directive;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

import vn.danvan.common.paging.PageRequest;

/**
 * Queries over the register, in SQL because their plans matter (see backend/bench/directive-search-bench.sh).
 * Visibility: public, or issued by or sent to an organization whose unit (or whose unit's successor, for abolished
 * units) lies in the caller's scope. The organizations in scope are found once per query, not once per row.
 */
@ApplicationScoped
public class DirectiveRepository implements PanacheRepository<Directive> {

    /** Organizations of a subtree, from the unit feature's read model {@code organization_scope}. */
    private static String organizationsUnder(String name, String pathParam) {
        return name + " AS MATERIALIZED (SELECT organization_id AS id FROM organization_scope WHERE path LIKE :"
                + pathParam + ")";
    }

    private static String issuedByOrSentTo(String organizations) {
        return "d.issuer_id IN (SELECT id FROM " + organizations + ") OR d.id IN (SELECT r.directive_id"
                + " FROM directive_recipient r WHERE r.organization_id IN (SELECT id FROM " + organizations + "))";
    }

    /**
     * Readable: public, issued by, sent to or monitored by an organization in scope, or whose work was given to one.
     */
    private static final String VISIBLE = "(d.public_access OR " + issuedByOrSentTo("visible_org")
            + " OR d.monitoring_organization_id IN (SELECT id FROM visible_org) OR d.id IN (SELECT rd.directive_id FROM directive_reader rd"
            + " WHERE rd.organization_id IN (SELECT id FROM visible_org)))";

    /** What an integration client reads: published (public, not confidential) directives only. */
    private static final String PUBLISHED = "(d.public_access AND NOT d.confidential)";

    private static final String ORDER = " ORDER BY d.issue_date DESC NULLS LAST, d.id DESC";

    /** Ids of one page of matches, in order, and the number of matches up to the cap. */
    public record Found(List<Long> ids, long total, boolean capped) {
    }

    public Found search(DirectiveQuery q, PageRequest page) {
        // A generic plan cannot see the LIKE patterns, and picks the wrong index for common words: plan each search
        // for its own words (planning costs a millisecond or two).
        getEntityManager().createNativeQuery("SET LOCAL plan_cache_mode = force_custom_plan").executeUpdate();
        Map<String, Object> params = new HashMap<>();
        params.put("scope", q.scopePath() + "%");
        List<String> ctes = new ArrayList<>(List.of(organizationsUnder("visible_org", "scope")));
        StringBuilder filters = new StringBuilder(q.publishedOnly() ? PUBLISHED : VISIBLE);
        if (q.unitPath() != null) {
            ctes.add("unit_org AS MATERIALIZED (SELECT organization_id AS id FROM organization_scope"
                    + " WHERE path LIKE :unitPath OR unit_path LIKE :unitPath)");
            params.put("unitPath", q.unitPath() + "%");
            filters.append(" AND (").append(issuedByOrSentTo("unit_org")).append(")");
        }
        if (q.type() != null) {
            filters.append(" AND d.type = :type");
            params.put("type", q.type().name());
        }
        if (q.issuerId() != null) {
            filters.append(" AND d.issuer_id = :issuer");
            params.put("issuer", q.issuerId());
        }
        if (q.year() != null) {
            filters.append(" AND d.issue_date >= :yearStart AND d.issue_date < :yearEnd");
            params.put("yearStart", LocalDate.of(q.year(), 1, 1));
            params.put("yearEnd", LocalDate.of(q.year() + 1, 1, 1));
        }
        if (q.period() != null) {
            filters.append(" AND d.period_from <= :period AND coalesce(d.period_to, d.period_from) >= :period");
            params.put("period", q.period());
        }
        if (q.status() != null) {
            filters.append(" AND d.status = :status");
            params.put("status", q.status().name());
        }
        List<String> words = q.words();
        StringBuilder inText = new StringBuilder("true");
        StringBuilder inHead = new StringBuilder("true");
        for (int i = 0; i < words.size(); i++) {
            inText.append(" AND d.search_text LIKE dv_fold(:w").append(i).append(")");
            inHead.append(" AND d.head_text LIKE dv_fold(:w").append(i).append(")");
            params.put("w" + i, words.get(i));
        }
        String with = "WITH " + String.join(", ", ctes) + " ";
        String where = " WHERE " + filters + " AND " + inText;
        int window = page.offset() + page.size();
        String pageSql;
        if (q.byRelevance() && !words.isEmpty()) {
            // Matches in the number or subject first, then those in the text only; each part newest first. Each
            // part is read through its own index and stopped at the page's end, never sorted whole.
            pageSql = with + "SELECT id FROM ((SELECT d.id, 0 AS tier, d.issue_date FROM directive d WHERE " + filters
                    + " AND " + inHead + ORDER + " LIMIT " + window + ") UNION ALL (SELECT d.id, 1 AS tier,"
                    + " d.issue_date FROM directive d" + where + " AND NOT (" + inHead + ")" + ORDER + " LIMIT "
                    + window + ")) ranked ORDER BY tier, issue_date DESC NULLS LAST, id DESC";
        } else {
            pageSql = with + "SELECT d.id FROM directive d" + where + ORDER;
        }
        Query pageQuery = getEntityManager()
                .createNativeQuery(pageSql + " OFFSET " + page.offset() + " LIMIT " + page.size());
        params.forEach(pageQuery::setParameter);
        List<Long> ids = new ArrayList<>();
        for (Object id : pageQuery.getResultList()) {
            ids.add(((Number) id).longValue());
        }
        Query countQuery = getEntityManager().createNativeQuery(with + "SELECT count(*) FROM (SELECT 1 FROM directive d"
                + where + " LIMIT " + (DirectivePageDto.COUNT_CAP + 1) + ") capped");
        params.forEach(countQuery::setParameter);
        long total = ((Number) countQuery.getSingleResult()).longValue();
        boolean capped = total > DirectivePageDto.COUNT_CAP;
        return new Found(ids, capped ? DirectivePageDto.COUNT_CAP : total, capped);
    }

    /** The directives with these ids, in the order of the ids. */
    public List<Directive> inOrder(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Directive> byId = new HashMap<>();
        list("id in ?1", ids).forEach(d -> byId.put(d.id, d));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    public boolean isVisible(long id, String scopePath) {
        Query query = getEntityManager().createNativeQuery("WITH " + organizationsUnder("visible_org", "scope")
                + " SELECT count(*) FROM directive d WHERE d.id = :id AND " + VISIBLE);
        query.setParameter("scope", scopePath + "%");
        query.setParameter("id", id);
        return ((Number) query.getSingleResult()).longValue() > 0;
    }

    /** Adds organizations that read a directive because they were given its work; idempotent. */
    public void addReaders(long directiveId, java.util.Collection<Long> organizationIds) {
        if (organizationIds.isEmpty()) {
            return;
        }
        getEntityManager()
                .createNativeQuery("INSERT INTO directive_reader (directive_id, organization_id)"
                        + " SELECT :d, unnest(cast(:o AS bigint[])) ON CONFLICT DO NOTHING")
                .setParameter("d", directiveId).setParameter("o", organizationIds.toArray(new Long[0])).executeUpdate();
    }

    /** The directive with the same identity: issuer, type, number and year. */
    public Optional<Directive> findSame(long issuerId, DirectiveType type, String numberKey, Integer year,
            Long exceptId) {
        if (numberKey == null) {
            return Optional.empty();
        }
        return find(
                "issuerId = ?1 and type = ?2 and numberKey = ?3 and ((?4 is null and issueDate is null)"
                        + " or extract(year from issueDate) = ?4) and id <> ?5",
                issuerId, type, numberKey, year, exceptId == null ? -1L : exceptId).firstResultOptional();
    }
}
