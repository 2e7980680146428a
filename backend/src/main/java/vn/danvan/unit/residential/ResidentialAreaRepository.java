package vn.danvan.unit.residential;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;

import vn.danvan.common.paging.PageRequest;
import vn.danvan.common.paging.PageResult;
import vn.danvan.unit.TextSearch;

/** Queries over residential areas. */
@ApplicationScoped
public class ResidentialAreaRepository implements PanacheRepository<ResidentialArea> {

    public PageResult<ResidentialArea> ofUnit(long unitId, String text, LocalDate day, boolean includeEnded,
            PageRequest page) {
        StringBuilder hql = new StringBuilder("from ResidentialArea r where r.unitId = :unit");
        Parameters params = Parameters.with("unit", unitId);
        List<String> patterns = TextSearch.patterns(text);
        for (int i = 0; i < patterns.size(); i++) {
            hql.append(" and r.searchText like cast(function('dv_fold', :w").append(i).append(") as String)");
            params = params.and("w" + i, patterns.get(i));
        }
        if (!includeEnded) {
            hql.append(
                    " and (r.validFrom is null or r.validFrom <= :day) and (r.validTo is null or r.validTo >= :day)");
            params = params.and("day", day);
        }
        var query = find(hql + " order by r.name, r.id", params).page(Page.of(page.page(), page.size()));
        return new PageResult<>(query.list(), page.page(), page.size(), count(hql.toString(), params));
    }

    public Optional<ResidentialArea> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }
}
