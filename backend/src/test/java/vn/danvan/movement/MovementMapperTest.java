package vn.danvan.movement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.danvan.unit.organization.OrganizationRefDto;

/** A movement is read back with its launching body, fields, and periods holding their rounds. */
class MovementMapperTest {

    private final MovementMapper mapper = new MovementMapperImpl();

    @Test
    void aMovementWithAPeriodAndARound() {
        EmulationRound r = new EmulationRound();
        r.id = 3L;
        r.periodId = 2L;
        r.kind = RoundKind.MID_TERM;
        r.year = 2023;
        r.name = "Sơ kết giữa kỳ 2021–2023";
        r.registrationFrom = LocalDate.of(2023, 1, 1);
        r.registrationTo = LocalDate.of(2023, 11, 30);
        r.appraisalDeadline = LocalDate.of(2023, 12, 31);
        EmulationPeriod p = new EmulationPeriod();
        p.id = 2L;
        p.name = "2021–2025";
        p.startYear = 2021;
        p.endYear = 2025;
        EmulationField f = new EmulationField();
        f.code = "KINH_TE";
        f.name = "Kinh tế";
        EmulationMovement m = new EmulationMovement();
        m.id = 1L;
        m.name = "Dân vận khéo";
        m.directiveId = 9L;
        m.version = 2;
        var org = new OrganizationRefDto(7L, "91-BTGDV", "Ban Tuyên giáo và Dân vận Tỉnh ủy An Giang");

        MovementDtos.Movement dto = mapper.toDto(m, org, List.of(mapper.toDto(f)),
                List.of(mapper.toDto(p, List.of(mapper.toDto(r)))));

        assertEquals("Dân vận khéo", dto.name());
        assertEquals(org, dto.organization());
        assertEquals(9L, dto.directiveId());
        assertEquals(new MovementDtos.Field("KINH_TE", "Kinh tế"), dto.fields().get(0));
        assertEquals("2021–2025", dto.periods().get(0).name());
        MovementDtos.Round round = dto.periods().get(0).rounds().get(0);
        assertEquals(RoundKind.MID_TERM, round.kind());
        assertEquals(LocalDate.of(2023, 12, 31), round.appraisalDeadline());
        assertEquals(2, dto.version());
    }
}
