package vn.danvan.unit;

import java.time.LocalDate;
import java.util.ArrayList;
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

/** Queries over the unit tree. Sorting uses the column's Vietnamese collation (vi-x-icu). */
@ApplicationScoped
public class AdministrativeUnitRepository implements PanacheRepository<AdministrativeUnit> {

    private static final String VALID_ON = "(u.validFrom is null or u.validFrom <= :day) and (u.validTo is null or u.validTo >= :day)";
    private static final String ORDER = " order by case when u.validTo is null then 0 else 1 end,"
            + " case u.level when 'PROVINCE' then 0 when 'DISTRICT' then 1 else 2 end, u.shortName, u.id";

    public PageResult<AdministrativeUnit> search(UnitQuery q, PageRequest page) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        where.add("u.scopePath like :scope");
        params.put("scope", q.scopePath() + "%");
        List<String> patterns = TextSearch.patterns(q.text());
        for (int i = 0; i < patterns.size(); i++) {
            where.add("u.searchText like cast(function('dv_fold', :w" + i + ") as String)");
            params.put("w" + i, patterns.get(i));
        }
        if (q.parentId() != null) {
            where.add("u.parentId = :parent");
            params.put("parent", q.parentId());
        }
        if (q.level() != null) {
            where.add("u.level = :level");
            params.put("level", q.level());
        }
        if (!q.includeEnded()) {
            where.add(VALID_ON);
            params.put("day", q.validOn());
        }
        String hql = "from AdministrativeUnit u where " + String.join(" and ", where);
        Map<String, Object> ranked = new HashMap<>(params);
        String exact = TextSearch.exact(q.text());
        String order = ORDER;
        if (exact != null) {
            // for pickers: the unit whose code or name is the text first, then names starting with it. search_text
            // is dv_fold(code || ' ' || name) and codes are ASCII (lower = dv_fold), so only the short name is folded
            // per row
            String folded = "cast(function('dv_fold', :exact) as String)";
            String prefix = "cast(function('dv_fold', :prefix) as String)";
            order = " order by case when lower(coalesce(u.code, '')) = " + folded
                    + " or u.searchText = concat(lower(coalesce(u.code, '')), ' ', " + folded
                    + ") or cast(function('dv_fold', u.shortName) as String) = " + folded + " then 0"
                    + " when u.searchText like concat(lower(coalesce(u.code, '')), ' ', " + prefix + ")"
                    + " or cast(function('dv_fold', u.shortName) as String) like " + prefix + " then 1 else 2 end,"
                    + ORDER.substring(" order by".length());
            ranked.put("exact", exact);
            ranked.put("prefix", TextSearch.escape(exact) + "%");
        }
        var query = find(hql + order, ranked).page(Page.of(page.page(), page.size()));
        return new PageResult<>(query.list(), page.page(), page.size(), count(hql, params));
    }

    public Optional<AdministrativeUnit> findCurrentByCode(String code, LocalDate day) {
        return find("from AdministrativeUnit u where u.code = :code and " + VALID_ON,
                Parameters.with("code", code).and("day", day)).firstResultOptional();
    }

    /** The abolished unit that last carried a code. */
    public Optional<AdministrativeUnit> findFormerByCode(String code) {
        return find(
                "from AdministrativeUnit u where u.code = ?1 and u.validTo is not null order by u.validTo desc, u.id desc",
                code).firstResultOptional();
    }

    /** The units with these ids, from the top of the tree down. */
    public List<AdministrativeUnit> listInTreeOrder(List<Long> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1 order by length(path)", ids);
    }

    public List<AdministrativeUnit> children(long parentId, LocalDate day) {
        return list(
                "from AdministrativeUnit u where u.parentId = :parent and " + VALID_ON + " order by u.shortName, u.id",
                Parameters.with("parent", parentId).and("day", day));
    }

    public List<AdministrativeUnit> predecessors(long unitId) {
        return list("from AdministrativeUnit u where u.successorId = ?1"
                + " order by case u.level when 'PROVINCE' then 0 when 'DISTRICT' then 1 else 2 end, u.shortName, u.id",
                unitId);
    }

    public boolean currentCodeTaken(String code, Long exceptId) {
        return count("code = ?1 and validTo is null and id <> ?2", code, exceptId == null ? -1L : exceptId) > 0;
    }
}
