package vn.danvan.directive;

import java.time.LocalDate;
import java.util.List;

/**
 * What the parser read from a document's text, for an officer to review before saving. A field it could not find is
 * null (or empty) and named in {@code missing}; nothing is invented.
 */
public record DirectiveDraft(DirectiveType type, DirectiveNumber number, String issuer, LocalDate issueDate,
        String place, String subject, String signer, String signingCapacity, List<String> recipients,
        Integer periodFrom, Integer periodTo, List<Citation> citations, List<ProposedTask> proposedTasks,
        List<String> missing) {

    /** Another directive the text names, e.g. "Chỉ thị số 10-CT/TW, ngày 15/12/2016". */
    public record Citation(DirectiveType type, DirectiveNumber number, LocalDate issueDate) {
    }

    /** A numbered item (or a paragraph that gives a body the lead), proposed as a task. */
    public record ProposedTask(int ordinal, String content, List<String> addressees, String lead,
            List<String> coordinating) {
    }
}
