package vn.danvan.directive.parse;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.danvan.attachment.FileType;
import vn.danvan.common.error.ProblemException;
import vn.danvan.unit.OrganizationRefDto;
import vn.danvan.unit.OrganizationService;

/**
 * Turns a document (its text, or a .docx/.pdf file) into a draft directive for an officer to review, with the bodies it
 * names matched to known organizations where the match is certain. Nothing is saved here.
 */
@ApplicationScoped
public class DirectiveImportService {

    @Inject
    DirectiveTextParser parser;

    @Inject
    DocumentTextExtractor extractor;

    @Inject
    OrganizationService organizations;

    public DirectiveDraft draftFromText(String text) {
        return withMatches(parser.parse(text), text);
    }

    public DirectiveDraft draftFromFile(byte[] content) {
        FileType type = FileType.detect(content);
        if (type != FileType.DOCX && type != FileType.PDF) {
            throw ProblemException.invalid("file",
                    "chỉ đọc được tệp .docx hoặc .pdf (only .docx or .pdf files can be read)");
        }
        String text = extractor.extract(content, type);
        if (text.isBlank()) {
            throw ProblemException.invalid("file",
                    "tệp không có chữ để đọc, có thể là bản quét (the file has no text layer: a scan?)");
        }
        return draftFromText(text);
    }

    private DirectiveDraft withMatches(DirectiveDraft draft, String text) {
        Function<String, Optional<OrganizationRefDto>> home = organizations.nameReader(null, draft.issueDate());
        OrganizationRefDto issuer = home.apply(draft.issuer()).orElse(null);
        Function<String, Optional<OrganizationRefDto>> names = issuer == null ? home
                : organizations.nameReader(issuer.id(), draft.issueDate());
        Function<String, DirectiveDraft.OrganizationMatch> match = name -> new DirectiveDraft.OrganizationMatch(name,
                names.apply(name).orElse(null));
        List<DirectiveDraft.ProposedTask> tasks = draft.proposedTasks().stream()
                .map(t -> new DirectiveDraft.ProposedTask(t.ordinal(), t.content(), t.addressees(), t.lead(),
                        t.coordinating(), t.lead() == null ? null : names.apply(t.lead()).orElse(null),
                        t.addressees().stream().map(match).toList(), t.coordinating().stream().map(match).toList()))
                .toList();
        return draft.withMatches(issuer, draft.recipients().stream().map(match).toList(), tasks, text);
    }

    /** A numbered item of a directive's text, as the parser proposes it for a task. */
    public record ProposedTaskText(int ordinal, String content) {
    }

    /** The items a directive's text proposes as tasks, read without matching names (for demo data: no caller). */
    public List<ProposedTaskText> proposedTasks(String text) {
        return parser.parse(text).proposedTasks().stream().map(t -> new ProposedTaskText(t.ordinal(), t.content()))
                .toList();
    }
}
