package vn.danvan.directive.parse;

import java.time.LocalDate;
import java.util.List;

import vn.danvan.directive.DirectiveNumber;
import vn.danvan.directive.DirectiveType;
import vn.danvan.unit.organization.OrganizationRefDto;

/**
 * What the parser read from a document's text, for an officer to review before saving. A field it could not find is
 * null (or empty) and named in {@code missing}; nothing is invented. The organizations are those the named bodies were
 * matched to, when a match was certain.
 */
public record DirectiveDraft(DirectiveType type, DirectiveNumber number, String issuer, LocalDate issueDate,
        String place, String subject, String signer, String signingCapacity, List<String> recipients,
        Integer periodFrom, Integer periodTo, List<Citation> citations, List<ProposedTask> proposedTasks,
        List<String> missing, OrganizationRefDto issuerOrganization, List<OrganizationMatch> recipientOrganizations,
        String fullText) {

    /** The draft as the parser reads it, before any name is matched. */
    public DirectiveDraft(DirectiveType type, DirectiveNumber number, String issuer, LocalDate issueDate, String place,
            String subject, String signer, String signingCapacity, List<String> recipients, Integer periodFrom,
            Integer periodTo, List<Citation> citations, List<ProposedTask> proposedTasks, List<String> missing) {
        this(type, number, issuer, issueDate, place, subject, signer, signingCapacity, recipients, periodFrom, periodTo,
                citations, proposedTasks, missing, null, List.of(), null);
    }

    public DirectiveDraft withMatches(OrganizationRefDto issuerOrganization,
            List<OrganizationMatch> recipientOrganizations, List<ProposedTask> proposedTasks, String fullText) {
        return new DirectiveDraft(type, number, issuer, issueDate, place, subject, signer, signingCapacity, recipients,
                periodFrom, periodTo, citations, proposedTasks, missing, issuerOrganization, recipientOrganizations,
                fullText);
    }

    /** Another directive the text names, e.g. "Chỉ thị số 10-CT/TW, ngày 15/12/2016". */
    public record Citation(DirectiveType type, DirectiveNumber number, LocalDate issueDate) {
    }

    /** A body named in the text, and the organization it was matched to (null when none was certain). */
    public record OrganizationMatch(String text, OrganizationRefDto organization) {
    }

    /** A numbered item (or a paragraph that gives a body the lead), proposed as a task. */
    public record ProposedTask(int ordinal, String content, List<String> addressees, String lead,
            List<String> coordinating, OrganizationRefDto leadOrganization,
            List<OrganizationMatch> addresseeOrganizations, List<OrganizationMatch> coordinatingOrganizations) {

        public ProposedTask(int ordinal, String content, List<String> addressees, String lead,
                List<String> coordinating) {
            this(ordinal, content, addressees, lead, coordinating, null, List.of(), List.of());
        }
    }
}
