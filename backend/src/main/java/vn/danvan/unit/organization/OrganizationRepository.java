package vn.danvan.unit.organization;

import java.time.LocalDate;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;

import vn.danvan.common.paging.PageRequest;
import vn.danvan.common.paging.PageResult;
import vn.danvan.unit.AdministrativeUnit;

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

    public PageResult<Organization> search(String text, String unitPath, OrganizationKind kind, LocalDate day,
            boolean includeEnded, PageRequest page) {
        StringBuilder hql = new StringBuilder("from Organization o where true");
        Parameters params = new Parameters();
        if (text != null) {
            String[] words = text.trim().split("\\s+");
            for (int i = 0; i < Math.min(words.length, 8); i++) {
                hql.append(" and o.searchText like cast(function('dv_fold', :w").append(i).append(") as String)");
                params = params.and("w" + i,
                        "%" + words[i].replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            }
        }
        if (unitPath != null) {
            hql.append(" and o.unitId in (select u.id from AdministrativeUnit u where u.path like :path)");
            params = params.and("path", unitPath + "%");
        }
        if (kind != null) {
            hql.append(" and o.kind = :kind");
            params = params.and("kind", kind);
        }
        if (!includeEnded) {
            hql.append(
                    " and (o.validFrom is null or o.validFrom <= :day) and (o.validTo is null or o.validTo >= :day)");
            params = params.and("day", day);
        }
        var query = find(hql + " order by o.name, o.id", params).page(Page.of(page.page(), page.size()));
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
