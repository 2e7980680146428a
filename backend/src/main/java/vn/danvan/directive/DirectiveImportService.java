package vn.danvan.directive;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Turns a document into a draft directive for an officer to review; nothing is saved here. */
@ApplicationScoped
public class DirectiveImportService {

    @Inject
    DirectiveTextParser parser;

    public DirectiveDraft draftFromText(String text) {
        return parser.parse(text);
    }
}
