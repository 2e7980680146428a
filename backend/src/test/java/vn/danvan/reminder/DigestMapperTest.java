package vn.danvan.reminder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

import vn.danvan.assignment.AssignmentDto;
import vn.danvan.assignment.AssignmentStatus;
import vn.danvan.assignment.Bucket;
import vn.danvan.task.DueKind;
import vn.danvan.unit.organization.OrganizationRefDto;

/** A digest item names the assignment's task and organization, and the report or explanation that brings it up. */
class DigestMapperTest {

    private final DigestMapper mapper = new DigestMapperImpl();

    private static final OrganizationRefDto ORGANIZATION = new OrganizationRefDto(11L, "30742-DU",
            "Đảng ủy phường Rạch Giá");

    private static final AssignmentDto ASSIGNMENT = new AssignmentDto(41L, 7L, 3L, 2, "Duy trì mô hình",
            DueKind.CONTINUOUS, ORGANIZATION, AssignmentStatus.IN_PROGRESS, 40, LocalDate.of(2026, 9, 20), null,
            Bucket.OPEN_IN_TIME, true, null, null, false, OffsetDateTime.now(), 1);

    @Test
    void aReturnedReport() {
        DigestDtos.Item item = mapper.toItem(DigestDtos.Kind.RETURNED, ASSIGNMENT, 70L, "Q3/2026", null,
                "Bổ sung số liệu theo ấp.");

        assertEquals(DigestDtos.Kind.RETURNED, item.kind());
        assertEquals(41L, item.assignmentId());
        assertEquals(7L, item.taskId());
        assertEquals(2, item.ordinal());
        assertEquals("Duy trì mô hình", item.title());
        assertEquals(ORGANIZATION, item.organization());
        assertEquals(LocalDate.of(2026, 9, 20), item.dueDate());
        assertEquals(70L, item.reportId());
        assertEquals("Q3/2026", item.periodLabel());
        assertNull(item.explanationId());
        assertEquals("Bổ sung số liệu theo ấp.", item.note());
    }

    @Test
    void anExplanationAsked() {
        DigestDtos.Item item = mapper.toItem(DigestDtos.Kind.EXPLANATION_REQUESTED, ASSIGNMENT, null, null, 9L,
                "Đề nghị giải trình.");

        assertEquals(DigestDtos.Kind.EXPLANATION_REQUESTED, item.kind());
        assertNull(item.reportId());
        assertNull(item.periodLabel());
        assertEquals(9L, item.explanationId());
        assertEquals("Đề nghị giải trình.", item.note());
    }
}
