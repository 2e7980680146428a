package vn.danvan.directive;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;

import vn.danvan.common.paging.PageRequest;
import vn.danvan.common.paging.PageResult;

/** Queries over the register. Visibility: issued by or sent to an organization in scope, or public. */
@ApplicationScoped
public class DirectiveRepository implements PanacheRepository<Directive> {

    private static final String VISIBLE = "(d.publicAccess = true"
            + " or exists (select 1 from Organization o, AdministrativeUnit u where o.id = d.issuerId"
            + " and u.id = o.unitId and u.path like :scope)"
            + " or exists (select 1 from Organization o, AdministrativeUnit u where o.id member of d.recipientIds"
            + " and u.id = o.unitId and u.path like :scope))";

    public PageResult<Directive> search(DirectiveQuery q, PageRequest page) {
        StringBuilder where = new StringBuilder(VISIBLE);
        Map<String, Object> params = new HashMap<>();
        params.put("scope", q.scopePath() + "%");
        List<String> words = q.words();
        for (int i = 0; i < words.size(); i++) {
            where.append(" and d.searchText like cast(function('dv_fold', :w").append(i).append(") as String)");
            params.put("w" + i, words.get(i));
        }
        if (q.type() != null) {
            where.append(" and d.type = :type");
            params.put("type", q.type());
        }
        if (q.issuerId() != null) {
            where.append(" and d.issuerId = :issuer");
            params.put("issuer", q.issuerId());
        }
        if (q.year() != null) {
            where.append(" and extract(year from d.issueDate) = :year");
            params.put("year", q.year());
        }
        if (q.status() != null) {
            where.append(" and d.status = :status");
            params.put("status", q.status());
        }
        String hql = "from Directive d where " + where;
        var query = find(hql + " order by d.issueDate desc nulls last, d.id desc", params)
                .page(Page.of(page.page(), page.size()));
        return new PageResult<>(query.list(), page.page(), page.size(), count(hql, params));
    }

    public boolean isVisible(long id, String scopePath) {
        return count("from Directive d where d.id = :id and " + VISIBLE,
                Map.of("id", id, "scope", scopePath + "%")) > 0;
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
