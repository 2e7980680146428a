package vn.danvan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.danvan.account.PeopleService.People;
import vn.danvan.account.PersonDto;
import vn.danvan.attachment.AttachmentDto;
import vn.danvan.directive.ReportingCadence;
import vn.danvan.task.DueKind;
import vn.danvan.task.TaskRefDto;
import vn.danvan.unit.organization.OrganizationRefDto;

/**
 * A report slot is read back with its task's number and title, its period's label, the slot's own dates, and its
 * submitter and reviewer as people.
 */
class ReportSlotMapperTest {

    private static final OffsetDateTime SUBMITTED = OffsetDateTime.of(2026, 9, 18, 9, 30, 0, 0, ZoneOffset.ofHours(7));

    private final ReportSlotMapper mapper = new ReportSlotMapperImpl();

    @Test
    void aReturnedReport() {
        ReportSlot s = new ReportSlot();
        s.id = 70L;
        s.assignmentId = 41L;
        s.periodKind = PeriodKind.QUARTER;
        s.periodYear = 2026;
        s.periodIndex = 3;
        s.figuresFrom = LocalDate.of(2026, 6, 15);
        s.figuresTo = LocalDate.of(2026, 9, 14);
        s.dueDate = LocalDate.of(2026, 9, 20);
        s.status = ReportStatus.RETURNED;
        s.text = "Đã triển khai đến 100% chi bộ.";
        s.figures = "[]";
        s.submittedBy = "reporter.30742-du";
        s.submittedAt = SUBMITTED;
        s.submittedOn = SUBMITTED.toLocalDate();
        s.reviewedBy = "editor.angiang";
        s.reviewedAt = SUBMITTED.plusDays(3);
        s.reviewComment = "Bổ sung số liệu theo ấp.";
        s.version = 4;
        TaskRefDto task = new TaskRefDto(7L, 3L, 2, "Duy trì mô hình", DueKind.CONTINUOUS, LocalDate.of(2030, 1, 1),
                ReportingCadence.QUARTERLY);
        OrganizationRefDto organization = new OrganizationRefDto(11L, "30742-DU", "Đảng ủy phường Rạch Giá");
        List<ReportDtos.Figure> figures = List.of(new ReportDtos.Figure("Số hộ tham gia", BigDecimal.TEN, "hộ"));
        List<AttachmentDto> attachments = List
                .of(new AttachmentDto(5L, "anh.jpg", "image/jpeg", 1234, "ab", "reporter.30742-du", null, SUBMITTED));
        List<ReportDtos.Event> history = List
                .of(new ReportDtos.Event("SUBMITTED", "reporter.30742-du", null, SUBMITTED, s.text, figures, null));

        PersonDto reviewer = new PersonDto("editor.angiang", "Nguyễn Thị Mai",
                new OrganizationRefDto(2L, "91-BTGDV", "Ban Tuyên giáo và Dân vận Tỉnh ủy An Giang"));
        People people = new People(Map.of("editor.angiang", reviewer));

        ReportDtos.Slot dto = mapper.toDto(s, task, "12-CT/TU", organization, true, false, figures, attachments,
                history, people);

        assertEquals(70L, dto.id());
        assertEquals(41L, dto.assignmentId());
        assertEquals(7L, dto.taskId());
        assertEquals(3L, dto.directiveId());
        assertEquals("12-CT/TU", dto.directiveNumber());
        assertEquals(2, dto.ordinal());
        assertEquals("Duy trì mô hình", dto.title());
        assertEquals(organization, dto.organization());
        assertEquals(PeriodKind.QUARTER, dto.period());
        assertEquals("Q3/2026", dto.periodLabel());
        assertEquals(LocalDate.of(2026, 6, 15), dto.figuresFrom());
        assertEquals(LocalDate.of(2026, 9, 14), dto.figuresTo());
        assertEquals(LocalDate.of(2026, 9, 20), dto.dueDate(), "the slot's due day, not the task's");
        assertEquals(ReportStatus.RETURNED, dto.status());
        assertTrue(dto.late());
        assertFalse(dto.missing());
        assertEquals("Đã triển khai đến 100% chi bộ.", dto.text());
        assertEquals(figures, dto.figures());
        assertEquals("reporter.30742-du", dto.submittedBy());
        assertEquals(new PersonDto("reporter.30742-du", "reporter.30742-du", null), dto.submittedByPerson(),
                "a login the directory never saw is named by itself");
        assertEquals(SUBMITTED, dto.submittedAt());
        assertEquals("editor.angiang", dto.reviewedBy());
        assertEquals(reviewer, dto.reviewedByPerson());
        assertEquals(SUBMITTED.plusDays(3), dto.reviewedAt());
        assertEquals("Bổ sung số liệu theo ấp.", dto.reviewComment());
        assertEquals(attachments, dto.attachments());
        assertEquals(history, dto.history());
        assertEquals(4L, dto.version());
    }
}
