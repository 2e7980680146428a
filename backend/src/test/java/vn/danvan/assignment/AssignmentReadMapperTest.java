package vn.danvan.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import vn.danvan.directive.ReportingCadence;
import vn.danvan.task.DueKind;
import vn.danvan.task.TaskRefDto;
import vn.danvan.unit.organization.OrganizationRefDto;

/** The read mapper puts the assignment's, its task's and the day's facts each in its own field. */
class AssignmentReadMapperTest {

    private final AssignmentReadMapper mapper = new AssignmentReadMapperImpl();

    private static final TaskRefDto TASK = new TaskRefDto(7L, 3L, 2, "Tổ chức hội nghị", DueKind.CONTINUOUS, null,
            ReportingCadence.QUARTERLY);

    private static TaskAssignment assignment() {
        TaskAssignment a = new TaskAssignment();
        a.id = 41L;
        a.taskId = 7L;
        a.organizationId = 11L;
        a.parentId = 40L;
        a.status = AssignmentStatus.IN_PROGRESS;
        a.progress = 60;
        a.completedOn = LocalDate.of(2026, 3, 9);
        a.createdAt = OffsetDateTime.of(2026, 1, 2, 8, 0, 0, 0, ZoneOffset.ofHours(7));
        a.createdOn = LocalDate.of(2026, 1, 2);
        a.version = 5;
        return a;
    }

    @Test
    void anAssignmentReadOnADay() {
        OrganizationRefDto organization = new OrganizationRefDto(11L, "30742-DU", "Đảng ủy phường Rạch Giá");
        AssignmentDto.Rollup rollup = new AssignmentDto.Rollup(4, 1, 35);
        LocalDate due = LocalDate.of(2026, 3, 20);

        AssignmentDto dto = mapper.toDto(assignment(), TASK, organization, due, Bucket.OPEN_OVERDUE, true, rollup,
                true);

        assertEquals(41L, dto.id());
        assertEquals(7L, dto.taskId());
        assertEquals(3L, dto.directiveId());
        assertEquals(2, dto.ordinal());
        assertEquals("Tổ chức hội nghị", dto.title());
        assertEquals(DueKind.CONTINUOUS, dto.dueKind(), "the task's kind: it reports each period");
        assertSame(organization, dto.organization());
        assertEquals(AssignmentStatus.IN_PROGRESS, dto.status());
        assertEquals(60, dto.progress(), "the assignment's progress, not the roll-up's");
        assertEquals(due, dto.dueDate());
        assertEquals(LocalDate.of(2026, 3, 9), dto.completedOn());
        assertEquals(Bucket.OPEN_OVERDUE, dto.bucket());
        assertTrue(dto.dueSoon());
        assertEquals(40L, dto.parentId());
        assertSame(rollup, dto.rollup());
        assertTrue(dto.explanationRequested());
        assertEquals(OffsetDateTime.of(2026, 1, 2, 8, 0, 0, 0, ZoneOffset.ofHours(7)), dto.createdAt());
        assertEquals(5L, dto.version());
    }

    @Test
    void theFlagsOfTheDayAreTheirOwn() {
        AssignmentDto dto = mapper.toDto(assignment(), TASK, null, null, Bucket.OPEN_IN_TIME, false, null, false);

        assertFalse(dto.dueSoon());
        assertFalse(dto.explanationRequested());
        assertEquals(Bucket.OPEN_IN_TIME, dto.bucket());
    }

    @Test
    void aRefCarriesItsTask() {
        AssignmentRefDto ref = mapper.toRef(assignment(), TASK);

        assertEquals(41L, ref.id());
        assertEquals(11L, ref.organizationId());
        assertEquals(AssignmentStatus.IN_PROGRESS, ref.status());
        assertEquals(LocalDate.of(2026, 1, 2), ref.createdOn());
        assertSame(TASK, ref.task());
    }
}
