package vn.danvan.directive.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.danvan.directive.DirectiveNumber;
import vn.danvan.directive.DirectiveStatus;
import vn.danvan.directive.DirectiveSummaryDto;
import vn.danvan.directive.DirectiveType;

class RelationMapperTest {

    private final RelationMapper mapper = new RelationMapperImpl();

    private static DirectiveRelation citing() {
        DirectiveRelation r = new DirectiveRelation();
        r.id = 7L;
        r.sourceId = 11L;
        r.kind = RelationKind.IMPLEMENTS;
        r.targetId = 13L;
        r.targetNumberText = "10-CT/TW";
        r.targetType = DirectiveType.DIRECTIVE;
        r.targetIssueDate = LocalDate.of(2016, 12, 15);
        return r;
    }

    @Test
    void aStepCarriesTheRelationAndTheOtherEnd() {
        DirectiveSummaryDto other = new DirectiveSummaryDto(13L, DirectiveType.DIRECTIVE, null, null, null,
                "Về tăng cường sự lãnh đạo", DirectiveStatus.IN_FORCE, false);
        RelationDto step = mapper.toStep(citing(), 2, other, DirectiveNumber.parse("10-CT/TW"), DirectiveType.PLAN,
                LocalDate.of(2017, 1, 2));
        assertEquals(7L, step.id());
        assertEquals(2, step.depth());
        assertEquals(RelationKind.IMPLEMENTS, step.kind());
        assertEquals(11L, step.sourceId());
        assertTrue(step.linked());
        assertEquals(other, step.directive());
        assertEquals(DirectiveType.PLAN, step.type());
        assertEquals(LocalDate.of(2017, 1, 2), step.issueDate());
    }

    @Test
    void aHiddenCitedDirectiveShowsOnlyWhatTheCitingTextSays() {
        RelationDto step = mapper.toCited(citing(), 1);
        assertFalse(step.linked());
        assertNull(step.directive());
        assertEquals("10-CT/TW", step.number().text());
        assertEquals(DirectiveType.DIRECTIVE, step.type());
        assertEquals(LocalDate.of(2016, 12, 15), step.issueDate());
        assertEquals(11L, step.sourceId());
    }
}
