package vn.danvan.assignment.explanation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.danvan.account.PeopleService.People;
import vn.danvan.account.PersonDto;
import vn.danvan.unit.organization.OrganizationRefDto;

/** An explanation is read back with its question, its answer (when given) and who asked and answered. */
class ExplanationMapperTest {

    private static final OffsetDateTime ASKED = OffsetDateTime.of(2026, 5, 4, 8, 0, 0, 0, ZoneOffset.ofHours(7));

    private final ExplanationMapper mapper = new ExplanationMapperImpl();

    private static final PersonDto LEADER = new PersonDto("leader.angiang", "Võ Minh Tuấn",
            new OrganizationRefDto(3L, "91-BTV", "Ban Thường vụ Tỉnh ủy An Giang"));

    private static final People PEOPLE = new People(Map.of("leader.angiang", LEADER));

    private static Explanation asked() {
        Explanation e = new Explanation();
        e.id = 9L;
        e.assignmentId = 41L;
        e.question = "Đề nghị giải trình lý do chậm triển khai.";
        e.requestedBy = "leader.angiang";
        e.requestedAt = ASKED;
        e.version = 1;
        return e;
    }

    @Test
    void anExplanationAwaitingItsAnswer() {
        ExplanationDtos.View view = mapper.toView(asked(), PEOPLE);

        assertEquals(9L, view.id());
        assertEquals(41L, view.assignmentId());
        assertEquals("Đề nghị giải trình lý do chậm triển khai.", view.question());
        assertEquals("leader.angiang", view.requestedBy());
        assertEquals(LEADER, view.requestedByPerson());
        assertEquals(ASKED, view.requestedAt());
        assertFalse(view.answered());
        assertNull(view.answeredByPerson());
        assertNull(view.answer());
        assertEquals(1L, view.version());
    }

    @Test
    void anAnsweredExplanation() {
        Explanation e = asked();
        e.answer = "Đang kiện toàn bộ phận tham mưu.";
        e.answeredBy = "reporter.30742-du";
        e.answeredAt = ASKED.plusDays(2);

        ExplanationDtos.View view = mapper.toView(e, PEOPLE);

        assertTrue(view.answered());
        assertEquals("Đang kiện toàn bộ phận tham mưu.", view.answer());
        assertEquals("reporter.30742-du", view.answeredBy());
        assertEquals(new PersonDto("reporter.30742-du", "reporter.30742-du", null), view.answeredByPerson(),
                "a login the directory never saw is named by itself");
        assertEquals(ASKED.plusDays(2), view.answeredAt());
    }
}
