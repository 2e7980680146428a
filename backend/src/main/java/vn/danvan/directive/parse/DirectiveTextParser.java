package vn.danvan.directive.parse;

import vn.danvan.directive.DirectiveNumber;
import vn.danvan.directive.DirectiveType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import vn.danvan.directive.parse.DirectiveDraft.Citation;
import vn.danvan.directive.parse.DirectiveDraft.ProposedTask;

/**
 * Reads a draft directive from the plain text of a document: a directive as issued (header with issuer, number, place
 * and date, subject, "Kính gửi", numbered items, "Nơi nhận", signature) or a news article that describes one ("Tỉnh ủy
 * Kiên Giang ban hành Công văn số 632-CV/TU ngày 23/11/2022 về việc ..."). What it cannot find stays empty and is
 * listed as missing. Text is read as pasted from Word or a web page: decomposed diacritics, tabs, a table's columns
 * side by side, capitals, no diacritics at all ({@link PastedText}). The work is linear in the text and bounded by a
 * {@link ParseBudget}.
 */
@ApplicationScoped
public class DirectiveTextParser {

    private static final Pattern PERIOD = Pattern.compile(
            "(?:giai\\s+doan|nhiem\\s+ky)\\s*(?:tu\\s+(?:nam\\s+)?)?"
                    + "((?:19|20)\\d{2})\\s*(?:-|–|den\\s+(?:nam\\s+)?)\\s*((?:19|20)\\d{2})",
            DirectiveReferences.FLAGS);
    private static final Pattern PURPOSE = Pattern.compile(
            "\\((?:\\s*(?:để|de))?\\s*(?:b/c|báo cáo|bao cao|biết|biet|"
                    + "thực hiện|thuc hien|t/h|p/h|phối hợp|phoi hop|chỉ đạo|chi dao|theo dõi|theo doi)\\s*\\)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    public DirectiveDraft parse(String raw) {
        return parse(raw, ParseBudget.forLength(raw == null ? 0 : raw.length()));
    }

    /**
     * As {@link #parse(String)}, within {@code budget}.
     *
     * @throws ParseAbortedException
     *             when the budget runs out or its cancel flag is raised
     */
    public DirectiveDraft parse(String raw, ParseBudget budget) {
        return parse(raw, new WorkMeter(budget));
    }

    /** As {@link #parse(String, ParseBudget)}, counting on {@code meter} (tests and the benchmark read its steps). */
    DirectiveDraft parse(String raw, WorkMeter meter) {
        PastedText text = PastedText.of(raw == null ? "" : raw, meter);
        DocumentHeader header = DocumentHeader.read(text);
        DirectiveType type = header.type;
        DirectiveNumber number = header.number;
        String issuer = header.issuer;
        LocalDate issueDate = header.issueDate;
        String place = header.place;
        String subject = header.subject;

        if (!header.present()) {
            // no header: a news article, which names the directive it reports on in a sentence
            Optional<ReportedDirective> reported = ReportedDirective.find(text);
            if (reported.isPresent()) {
                ReportedDirective r = reported.get();
                type = r.type();
                number = r.number();
                issuer = issuer == null ? r.issuer() : issuer;
                issueDate = r.issueDate();
                subject = subject == null ? r.subject() : subject;
            }
        }
        if (type == null && number != null) {
            type = DirectiveType.fromCode(number.typeCode()).orElse(null);
        }
        if (type == null && subject != null
                && VietnameseText.fold(subject).toLowerCase(Locale.ROOT).startsWith("v/v")) {
            type = DirectiveType.OFFICIAL_LETTER; // "V/v ..." is how a letter (công văn) states its subject
        }

        Integer periodFrom = null;
        Integer periodTo = null;
        // the period is read where the document states its own (subject or header), never from the body,
        // which names the periods of other programmes
        String periodSource = subject != null ? subject : String.join(" ", text.lines().subList(0, header.bodyStart));
        Matcher period = PERIOD.matcher(meter.over(VietnameseText.fold(periodSource)));
        if (period.find()) {
            periodFrom = Integer.valueOf(period.group(1));
            periodTo = Integer.valueOf(period.group(2));
        }

        List<String> recipients = block(text, "kinh gui");
        if (recipients.isEmpty()) {
            recipients = block(text, "noi nhan").stream().filter(r -> {
                String k = VietnameseText.fold(r).toLowerCase(Locale.ROOT);
                return !k.startsWith("luu") && !k.startsWith("nhu tren") && !k.startsWith("nhu dieu");
            }).toList();
        }
        SigningBlock.Signature signature = SigningBlock.read(text);
        List<Citation> citations = citations(text, number);
        List<ProposedTask> tasks = TaskItems.read(text, header.bodyStart);

        List<String> missing = new ArrayList<>();
        Map<String, Object> found = new LinkedHashMap<>();
        found.put("type", type);
        found.put("number", number);
        found.put("issuer", issuer);
        found.put("issueDate", issueDate);
        found.put("place", place);
        found.put("subject", subject);
        found.put("signer", signature.signer());
        found.put("signingCapacity", signature.capacity());
        found.put("recipients", recipients.isEmpty() ? null : recipients);
        found.put("period", periodFrom);
        found.forEach((field, value) -> {
            if (value == null) {
                missing.add(field);
            }
        });
        return new DirectiveDraft(type, number, issuer, issueDate, place, subject, signature.signer(),
                signature.capacity(), recipients, periodFrom, periodTo, citations, tasks, List.copyOf(missing));
    }

    /** The items of a "Kính gửi:" or "Nơi nhận:" block: one per "-", continuation lines joined. */
    private static List<String> block(PastedText text, String label) {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < text.size(); i++) {
            String key = text.foldedLower(i);
            int dash = key.startsWith("-") ? 1 : 0;
            if (!key.startsWith(label, dash) && !key.startsWith(label, dash + 1)) {
                continue;
            }
            String line = text.line(i);
            int at = key.indexOf(label) + label.length();
            String first = line.substring(Math.min(at, line.length())).replaceFirst("^\\s*:\\s*", "")
                    .replaceFirst("^-\\s*", "");
            List<StringBuilder> raw = new ArrayList<>();
            if (!first.isBlank()) {
                raw.add(new StringBuilder(first));
            }
            for (int j = i + 1; j < text.size(); j++) {
                String next = text.line(j);
                text.meter().step(next.length());
                if (next.isEmpty()) {
                    if (j + 1 < text.size() && text.line(j + 1).startsWith("-")) {
                        continue;
                    }
                    break;
                }
                if (next.startsWith("-") || next.startsWith("+") || next.startsWith("•")) {
                    raw.add(new StringBuilder(next.substring(1).strip()));
                } else if (!raw.isEmpty() && Character.isLowerCase(next.charAt(0))) {
                    raw.get(raw.size() - 1).append(' ').append(next);
                } else {
                    break;
                }
            }
            for (StringBuilder item : raw) {
                String clean = PURPOSE.matcher(item).replaceAll("").replaceAll("[\\s,;.]+$", "").strip();
                if (!clean.isEmpty()) {
                    items.add(clean);
                }
            }
            return items;
        }
        return items;
    }

    private static List<Citation> citations(PastedText text, DirectiveNumber own) {
        Map<String, Citation> byNumber = new LinkedHashMap<>();
        String original = text.text();
        Matcher m = DirectiveReferences.CITATION.matcher(text.foldedText());
        while (m.find()) {
            DirectiveNumber number = DirectiveNumber.parse(original.substring(m.start(2), m.end(2)));
            if (own != null && number.normalized().equals(own.normalized())) {
                continue;
            }
            DirectiveType type = DirectiveReferences.typeNamed(original.substring(m.start(1), m.end(1)))
                    .or(() -> DirectiveType.fromCode(number.typeCode())).orElse(null);
            LocalDate date = DirectiveReferences.date(m.group(3), m.group(4), m.group(5));
            Citation existing = byNumber.get(number.normalized());
            if (existing == null || (existing.issueDate() == null && date != null)) {
                byNumber.put(number.normalized(), new Citation(type, number, date));
            }
        }
        return List.copyOf(byNumber.values());
    }

}
