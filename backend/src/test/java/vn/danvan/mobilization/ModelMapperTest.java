package vn.danvan.mobilization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.danvan.movement.MovementDtos;
import vn.danvan.unit.organization.OrganizationRefDto;

/** A model is read back with its owner, field and organization; a list line with its latest round record. */
class ModelMapperTest {

    private final ModelMapper mapper = new ModelMapperImpl();

    private static MobilizationModel model() {
        MobilizationModel m = new MobilizationModel();
        m.id = 12L;
        m.movementId = 1L;
        m.name = "Tuyến đường hoa";
        m.ownerKind = ModelOwnerKind.INDIVIDUAL;
        m.ownerName = "Trần Thị B";
        m.ownerPosition = "Tổ trưởng tổ dân phố";
        m.unitId = 3141L;
        m.startedOn = LocalDate.of(2026, 2, 1);
        m.problem = "Đường lầy";
        m.approach = "Vận động";
        m.state = ModelState.ACTIVE;
        m.level = ModelLevel.COMMUNE;
        m.published = true;
        m.version = 4;
        return m;
    }

    @Test
    void theWholeModel() {
        var field = new MovementDtos.Field("KINH_TE", "Kinh tế");
        var org = new OrganizationRefDto(5L, "30742-UBND", "Ủy ban nhân dân phường Rạch Giá");
        ModelDtos.Model dto = mapper.toDto(model(), field, org, List.of(new ModelDtos.Indicator("Đường", "km")),
                new ModelDtos.Ref(2L, "Gốc"), List.of(), List.of());
        assertEquals(12L, dto.id());
        assertEquals("Tuyến đường hoa", dto.name());
        assertEquals("Tổ trưởng tổ dân phố", dto.owner().position());
        assertEquals(ModelOwnerKind.INDIVIDUAL, dto.owner().kind());
        assertEquals(field, dto.field());
        assertEquals(org, dto.organization());
        assertEquals(2L, dto.replicationOf().id());
        assertEquals(4, dto.version());
    }

    @Test
    void aListLineWithAndWithoutARoundRecord() {
        ModelRound latest = new ModelRound();
        latest.id = 30L;
        latest.state = ModelRoundState.SUBMITTED;
        latest.mark = ModelRoundMark.WEAK;
        ModelDtos.Summary line = mapper.toSummary(model(), null, null, latest);
        assertEquals(30L, line.latestRoundId());
        assertEquals(ModelRoundState.SUBMITTED, line.latestRoundState());
        assertEquals(ModelRoundMark.WEAK, line.latestMark());
        assertEquals(ModelState.ACTIVE, line.state());
        assertNull(mapper.toSummary(model(), null, null, null).latestRoundId());
    }
}
