package vn.danvan.directive.parse;

import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.danvan.attachment.FileType;
import vn.danvan.common.error.ProblemException;
import vn.danvan.common.limits.WorkSlots;
import vn.danvan.unit.organization.OrganizationRefDto;
import vn.danvan.unit.organization.OrganizationService;

/**
 * Turns a document (its text, or a .docx/.pdf file) into a draft directive for an officer to review, with the bodies it
 * names matched to known organizations where the match is certain. Nothing is saved here.
 * <p>
 * Reading is the heaviest work a client can ask for, so it is bounded three ways: at most a configured number of reads
 * at once ({@link WorkSlots}: beyond them 503 with Retry-After), a work budget proportional to the text
 * ({@link ParseBudget}: beyond it 400 naming the text or the file), and the caller's connection (a client that has gone
 * stops the work).
 */
@ApplicationScoped
public class DirectiveImportService {

    @Inject
    DirectiveTextParser parser;

    @Inject
    DocumentTextExtractor extractor;

    @Inject
    OrganizationService organizations;

    @Inject
    WorkSlots slots;

    public DirectiveDraft draftFromText(String text, BooleanSupplier clientGone) {
        return slots.run(() -> read(text, ParseBudget.forLength(text.length(), clientGone), "text"));
    }

    public DirectiveDraft draftFromFile(byte[] content, BooleanSupplier clientGone) {
        return slots.run(() -> {
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
            if (clientGone.getAsBoolean()) {
                throw gone();
            }
            return read(text, ParseBudget.forLength(text.length(), clientGone), "file");
        });
    }

    /** Reads within the budget; a text that needs more work than any real document is refused, naming its field. */
    DirectiveDraft read(String text, ParseBudget budget, String field) {
        DirectiveDraft draft;
        try {
            draft = parser.parse(text, budget);
        } catch (ParseAbortedException e) {
            if (e.reason() == ParseAbortedException.Reason.CANCELLED) {
                throw gone();
            }
            throw ProblemException.invalid(field, "văn bản cần quá nhiều công để đọc, hãy kiểm tra nội dung dán vào"
                    + " (the text needs more work to read than any real document: check what was pasted)");
        }
        return withMatches(draft, text);
    }

    /** The client closed its connection: nobody reads this answer, but the worker thread is free again. */
    private static ProblemException gone() {
        return ProblemException.unavailable("Yêu cầu đã bị hủy (the client went away)", 1);
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
