package vn.danvan.mobilization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.danvan.account.PersonDto;

/** A round record is read back with its round's name, its appraisal and recognition only once they exist. */
class ModelRoundMapperTest {

    private final ModelRoundMapper mapper = new ModelRoundMapperImpl();

    @Test
    void aRecognizedRecord() {
        ModelRound r = new ModelRound();
        r.id = 9L;
        r.modelId = 3L;
        r.roundId = 5L;
        r.state = ModelRoundState.RECOGNIZED;
        r.mark = ModelRoundMark.MAINTAINED;
        r.level = ModelLevel.COMMUNE;
        r.appraisalResult = "PASS";
        r.appraisalOpinion = "Hiệu quả";
        r.appraisedBy = "appraiser.rachgia";
        r.appraisedOn = LocalDate.of(2026, 11, 2);
        r.decisionNumber = "12-QĐ/BCĐ";
        r.decisionDate = LocalDate.of(2026, 11, 20);
        r.decisionSigner = "Nguyễn Văn A";
        r.decisionLevel = ModelLevel.COMMUNE;
        r.version = 7;
        var figures = List.of(new ModelDtos.Figure("Đường làm mới", new BigDecimal("1.2"), "km"));

        ModelDtos.Round dto = mapper.toDto(r, "Năm 2026", 2026, figures, List.of(), List.of(),
                new PersonDto("appraiser.rachgia", "Trần Thị Thẩm", null));

        assertEquals(9L, dto.id());
        assertEquals("Năm 2026", dto.roundName());
        assertEquals(2026, dto.year());
        assertEquals(ModelRoundMark.MAINTAINED, dto.mark());
        assertEquals("appraiser.rachgia", dto.appraisal().appraisedBy());
        assertEquals("Trần Thị Thẩm", dto.appraisal().appraisedByPerson().displayName());
        assertEquals("12-QĐ/BCĐ", dto.recognition().decisionNumber());
        assertEquals(figures, dto.figures());
        assertEquals(7, dto.version());
    }

    @Test
    void aFreshRecordHasNoAppraisalNorRecognition() {
        ModelRound r = new ModelRound();
        r.id = 1L;
        r.state = ModelRoundState.REGISTERED;
        r.mark = ModelRoundMark.NEW;
        r.level = ModelLevel.PROVINCE;
        ModelDtos.Round dto = mapper.toDto(r, "Năm 2026", 2026, List.of(), List.of(), List.of(), null);
        assertNull(dto.appraisal());
        assertNull(dto.recognition());
        assertTrue(dto.commendations().isEmpty());
    }

    @Test
    void aCommendation() {
        ModelCommendation c = new ModelCommendation();
        c.id = 4L;
        c.form = CommendationForm.BANG_KHEN;
        c.authority = "UBND tỉnh An Giang";
        c.decisionNumber = "123/QĐ-UBND";
        c.decisionDate = LocalDate.of(2025, 10, 15);
        c.recipientKind = ModelOwnerKind.INDIVIDUAL;
        c.recipientName = "Trần Thị B";
        ModelDtos.Commendation dto = mapper.toDto(c);
        assertEquals(CommendationForm.BANG_KHEN, dto.form());
        assertEquals("Trần Thị B", dto.recipientName());
    }
}
