package vn.danvan.unit.organization;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;

import vn.danvan.common.paging.PageRequest;
import vn.danvan.common.paging.PageResult;
import vn.danvan.unit.AdministrativeUnit;
import vn.danvan.unit.TextSearch;

/** Queries over organizations. */
@ApplicationScoped
public class OrganizationRepository implements PanacheRepository<Organization> {

    public PageResult<Organization> ofUnit(long unitId, LocalDate day, boolean includeEnded, PageRequest page) {
        String hql = "from Organization o where o.unitId = :unit";
        Parameters params = Parameters.with("unit", unitId);
        if (!includeEnded) {
            hql += " and (o.validFrom is null or o.validFrom <= :day) and (o.validTo is null or o.validTo >= :day)";
            params = params.and("day", day);
        }
        var query = find(hql + " order by o.name, o.id", params).page(Page.of(page.page(), page.size()));
        return new PageResult<>(query.list(), page.page(), page.size(), count(hql, params));
    }

    /**
     * The search of the pickers, in one statement: the words of the text (folded, each a trigram-indexed LIKE) and the
     * filters; ranked exact code or name first, then code or name starting with the text, then the rest; within a rank
     * the caller's scope first; then Vietnamese order (the column's collation).
     */
    public PageResult<Organization> search(OrganizationQuery q, PageRequest page) {
        StringBuilder hql = new StringBuilder("from Organization o where true");
        Map<String, Object> params = new HashMap<>();
        List<String> patterns = TextSearch.patterns(q.text());
        for (int i = 0; i < patterns.size(); i++) {
            hql.append(" and o.searchText like cast(function('dv_fold', :w").append(i).append(") as String)");
            params.put("w" + i, patterns.get(i));
        }
        if (q.unitPath() != null) {
            hql.append(" and o.unitId in (select u.id from AdministrativeUnit u where u.path like :path)");
            params.put("path", q.unitPath() + "%");
        }
        if (q.level() != null) {
            hql.append(" and o.unitId in (select u.id from AdministrativeUnit u where u.level = :level)");
            params.put("level", q.level());
        }
        if (q.reach() != null) {
            hql.append(" and o.scopePath like :reach");
            params.put("reach", TextSearch.escape(q.reach()) + "%");
        }
        if (q.kind() != null) {
            hql.append(" and o.kind = :kind");
            params.put("kind", q.kind());
        }
        if (!q.includeEnded()) {
            hql.append(
                    " and (o.validFrom is null or o.validFrom <= :day) and (o.validTo is null or o.validTo >= :day)");
            params.put("day", q.day());
        }
        StringBuilder order = new StringBuilder(" order by ");
        Map<String, Object> ranked = new HashMap<>(params);
        String exact = TextSearch.exact(q.text());
        if (exact != null) {
            // search_text is dv_fold(code || ' ' || name), and a code is ASCII without spaces (lower = dv_fold):
            // an exact name is the code, a space and the folded text; no function of a row's text is computed
            order.append("case when lower(o.code) = cast(function('dv_fold', :exact) as String)").append(
                    " or o.searchText = concat(lower(o.code), ' ', cast(function('dv_fold', :exact) as String))")
                    .append(" then 0 when o.searchText like cast(function('dv_fold', :prefix) as String)")
                    .append(" or o.searchText like concat(lower(o.code), ' ', cast(function('dv_fold', :prefix) as String))")
                    .append(" then 1 else 2 end, ");
            ranked.put("exact", exact);
            ranked.put("prefix", TextSearch.escape(exact) + "%");
        }
        if (q.callerScope() != null) {
            order.append("case when o.scopePath like :scope then 0 else 1 end, ");
            ranked.put("scope", TextSearch.escape(q.callerScope()) + "%");
        }
        order.append("o.name, o.id");
        var query = find(hql.toString() + order, ranked).page(Page.of(page.page(), page.size()));
        return new PageResult<>(query.list(), page.page(), page.size(), count(hql.toString(), params));
    }

    public Optional<Organization> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    /** Ids under a scope path, read from the index on (scope_path, id) alone. */
    @SuppressWarnings("unchecked")
    java.util.List<Long> idsInScope(String scopePath) {
        // a generic plan cannot see the LIKE prefix and would not use the index
        getEntityManager().createNativeQuery("SET LOCAL plan_cache_mode = force_custom_plan").executeUpdate();
        java.util.List<Object> ids = getEntityManager()
                .createNativeQuery("SELECT id FROM organization WHERE scope_path LIKE :scope")
                .setParameter("scope", scopePath.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
                .getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }
}
