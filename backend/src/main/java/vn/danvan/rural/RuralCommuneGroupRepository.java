package vn.danvan.rural;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

/** Communes' groups by period. */
@ApplicationScoped
class RuralCommuneGroupRepository implements PanacheRepository<RuralCommuneGroup> {

    List<RuralCommuneGroup> ofCommune(long unitId) {
        return list("unitId = ?1 order by periodFrom desc", unitId);
    }

    Optional<RuralCommuneGroup> of(long unitId, int periodFrom) {
        return find("unitId = ?1 and periodFrom = ?2", unitId, periodFrom).firstResultOptional();
    }

    /** The group of the period that holds {@code year}. */
    Optional<RuralCommuneGroup> forYear(long unitId, int year) {
        return find("unitId = ?1 and periodFrom <= ?2 and periodTo >= ?2 order by periodFrom desc", unitId, year)
                .firstResultOptional();
    }
}
