package vn.danvan.reminder;

import java.time.LocalDate;
import java.util.List;

import vn.danvan.unit.organization.OrganizationRefDto;

/** The reminder digest of openapi.yaml: Digest, DigestItem, DigestItemKind. */
public final class DigestDtos {

    private DigestDtos() {
    }

    /** DUE_SOON, OVERDUE, RETURNED, EXPLANATION_REQUESTED. */
    public enum Kind {
        DUE_SOON, OVERDUE, RETURNED, EXPLANATION_REQUESTED
    }

    public record Item(Kind kind, Long assignmentId, Long taskId, int ordinal, String title,
            OrganizationRefDto organization, LocalDate dueDate, Long reportId, String periodLabel, Long explanationId,
            String note) {
    }

    public record Digest(LocalDate day, List<Item> items) {

        public boolean empty() {
            return items.isEmpty();
        }
    }
}
