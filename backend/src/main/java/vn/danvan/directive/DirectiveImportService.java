package vn.danvan.directive;

import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.danvan.attachment.FileType;
import vn.danvan.common.error.ProblemException;
import vn.danvan.unit.OrganizationMatcher;
import vn.danvan.unit.OrganizationRefDto;

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
    OrganizationMatcher matcher;

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
        OrganizationMatcher.Context home = matcher.callerContext(draft.issueDate());
        OrganizationRefDto issuer = matcher.match(draft.issuer(), home).orElse(null);
        OrganizationMatcher.Context context = issuer == null ? home : matcher.contextOf(issuer.id(), draft.issueDate());
        Function<String, DirectiveDraft.OrganizationMatch> match = name -> new DirectiveDraft.OrganizationMatch(name,
                matcher.match(name, context).orElse(null));
        List<DirectiveDraft.ProposedTask> tasks = draft.proposedTasks().stream()
                .map(t -> new DirectiveDraft.ProposedTask(t.ordinal(), t.content(), t.addressees(), t.lead(),
                        t.coordinating(), t.lead() == null ? null : matcher.match(t.lead(), context).orElse(null),
                        t.addressees().stream().map(match).toList(), t.coordinating().stream().map(match).toList()))
                .toList();
        return draft.withMatches(issuer, draft.recipients().stream().map(match).toList(), tasks, text);
    }
}
