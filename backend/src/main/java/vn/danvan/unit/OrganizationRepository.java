package vn.danvan.unit;

import java.time.LocalDate;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;

import vn.danvan.common.paging.PageRequest;
import vn.danvan.common.paging.PageResult;

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

    public Optional<Organization> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }
}
