package vn.danvan.unit.residential;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

import vn.danvan.common.audit.AuditAction;
import vn.danvan.common.audit.AuditLog;
import vn.danvan.common.config.DanvanConfig;
import vn.danvan.common.time.BusinessClock;
import vn.danvan.unit.AdministrativeUnit;
import vn.danvan.unit.AdministrativeUnitRepository;

/**
 * Demo residential areas for {@code make run} (danvan.demo-data=true): a few real-looking areas in phường Rạch Giá and
 * two other communes. Idempotent; off in production and tests.
 */
@ApplicationScoped
public class DemoResidentialAreas {

    private static final Logger LOG = Logger.getLogger(DemoResidentialAreas.class);
    private static final String ACTOR = "system:demo-data";

    record Area(String communeCode, String code, String name, ResidentialAreaKind kind) {
    }

    static final List<Area> AREAS = List.of(
            new Area("30742", "30742-KP01", "Khu phố 1", ResidentialAreaKind.URBAN_QUARTER),
            new Area("30742", "30742-KP02", "Khu phố 2", ResidentialAreaKind.URBAN_QUARTER),
            new Area("30742", "30742-KP03", "Khu phố 3", ResidentialAreaKind.URBAN_QUARTER),
            new Area("30742", "30742-KP04", "Khu phố 4", ResidentialAreaKind.URBAN_QUARTER),
            new Area("30742", "30742-KP05", "Khu phố 5", ResidentialAreaKind.URBAN_QUARTER),
            new Area("30313", "30313-AP01", "Ấp Mỹ Hòa", ResidentialAreaKind.HAMLET),
            new Area("30313", "30313-AP02", "Ấp Mỹ Long", ResidentialAreaKind.HAMLET),
            new Area("30313", "30313-AP03", "Ấp Hòa Thạnh", ResidentialAreaKind.HAMLET),
            new Area("24931", "24931-TH01", "Thôn Lạc Thạnh", ResidentialAreaKind.VILLAGE),
            new Area("24931", "24931-TH02", "Thôn Lạc Bình", ResidentialAreaKind.VILLAGE));

    @Inject
    DanvanConfig config;

    @Inject
    AdministrativeUnitRepository units;

    @Inject
    ResidentialAreaRepository areas;

    @Inject
    ResidentialAreaMapper mapper;

    @Inject
    AuditLog audit;

    @Inject
    BusinessClock clock;

    @Transactional
    void load(@Observes StartupEvent event) {
        if (!config.demoData()) {
            return;
        }
        int added = 0;
        for (Area a : AREAS) {
            if (areas.findByCode(a.code()).isPresent()) {
                continue;
            }
            AdministrativeUnit commune = units.findCurrentByCode(a.communeCode(), clock.today()).orElse(null);
            if (commune == null) {
                continue;
            }
            ResidentialArea area = new ResidentialArea();
            area.unitId = commune.id;
            area.code = a.code();
            area.name = a.name();
            area.kind = a.kind();
            area.validFrom = commune.validFrom;
            areas.persistAndFlush(area);
            audit.recordAs(ACTOR, ResidentialAreaService.AUDIT_TYPE, area.id, AuditAction.CREATE, commune.path,
                    mapper.toDto(area, clock.today()));
            added++;
        }
        LOG.infof("demo data: %d residential areas added (%d listed)", added, AREAS.size());
    }
}
