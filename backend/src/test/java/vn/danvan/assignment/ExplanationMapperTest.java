package vn.danvan.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** An explanation is read back with its question, its answer (when given) and who asked and answered. */
class ExplanationMapperTest {

    private static final OffsetDateTime ASKED = OffsetDateTime.of(2026, 5, 4, 8, 0, 0, 0, ZoneOffset.ofHours(7));

    private final ExplanationMapper mapper = new ExplanationMapperImpl();

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
        ExplanationDtos.View view = mapper.toView(asked());

        assertEquals(9L, view.id());
        assertEquals(41L, view.assignmentId());
        assertEquals("Đề nghị giải trình lý do chậm triển khai.", view.question());
        assertEquals("leader.angiang", view.requestedBy());
        assertEquals(ASKED, view.requestedAt());
        assertFalse(view.answered());
        assertNull(view.answer());
        assertEquals(1L, view.version());
    }

    @Test
    void anAnsweredExplanation() {
        Explanation e = asked();
        e.answer = "Đang kiện toàn bộ phận tham mưu.";
        e.answeredBy = "reporter.30742-du";
        e.answeredAt = ASKED.plusDays(2);

        ExplanationDtos.View view = mapper.toView(e);

        assertTrue(view.answered());
        assertEquals("Đang kiện toàn bộ phận tham mưu.", view.answer());
        assertEquals("reporter.30742-du", view.answeredBy());
        assertEquals(ASKED.plusDays(2), view.answeredAt());
    }
}
