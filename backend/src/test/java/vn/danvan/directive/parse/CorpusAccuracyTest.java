package vn.danvan.directive.parse;

import vn.danvan.directive.DirectiveNumber;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.danvan.directive.parse.DirectiveDraft.Citation;
import vn.danvan.directive.parse.DirectiveDraft.ProposedTask;

/**
 * The parser against the corpus (test resources documents/corpus): each NN-slug.txt is a document as an officer would
 * paste it, and NN-slug.json the draft a careful officer would fill from it. Every field is scored; list fields
 * (recipients, citations, proposed tasks with their lead and coordinating bodies) item by item, so one wrong body does
 * not cost the whole list. Text is compared after Unicode NFC, whitespace, case, quotes and a trailing full stop are
 * made the same: those differences do not change what an officer would save. Prints the accuracy per field, overall,
 * and what each document got wrong, and fails under 95% overall.
 */
class CorpusAccuracyTest {

    private static final Path CORPUS = Path.of("src/test/resources/documents/corpus");
    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final double REQUIRED = 0.95;

    private final DirectiveTextParser parser = new DirectiveTextParser();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theParserFillsAtLeast95PercentOfTheFieldsAnOfficerWould() throws IOException {
        List<Path> documents;
        try (Stream<Path> files = Files.list(CORPUS)) {
            documents = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertTrue(documents.size() >= 25, "the corpus has " + documents.size() + " documents");
        Scorecard total = new Scorecard();
        StringBuilder failures = new StringBuilder();
        for (Path document : documents) {
            Path expectedFile = Path.of(document.toString().replaceFirst("\\.txt$", ".json"));
            JsonNode expected = json.readTree(expectedFile.toFile());
            DirectiveDraft actual = parser.parse(Files.readString(document, StandardCharsets.UTF_8));
            Scorecard card = new Scorecard();
            score(expected, actual, card);
            total.add(card);
            if (!card.failures.isEmpty()) {
                failures.append("\n").append(document.getFileName()).append(" (")
                        .append(percent(card.right(), card.total())).append(")\n");
                card.failures.forEach(f -> failures.append("    ").append(f).append('\n'));
            }
        }
        StringBuilder report = new StringBuilder("\nCorpus accuracy over ").append(documents.size())
                .append(" documents\n");
        total.byField.forEach((field, counts) -> report.append(
                String.format("  %-26s %4d / %-4d %s%n", field, counts[0], counts[1], percent(counts[0], counts[1]))));
        report.append(String.format("  %-26s %4d / %-4d %s%n", "OVERALL", total.right(), total.total(),
                percent(total.right(), total.total())));
        System.out.println(report);
        System.out.println(failures.isEmpty() ? "No field wrong." : "Fields wrong, per document:" + failures);
        assertTrue(total.right() >= REQUIRED * total.total(),
                "overall accuracy " + percent(total.right(), total.total()) + " is under 95%" + report);
    }

    private void score(JsonNode expected, DirectiveDraft actual, Scorecard card) {
        card.scalar("type", text(expected, "type"), actual.type() == null ? null : actual.type().name());
        card.scalar("number", number(text(expected, "number")),
                actual.number() == null ? null : actual.number().normalized());
        card.scalar("issuer", text(expected, "issuer"), actual.issuer());
        card.scalar("issueDate", text(expected, "issueDate"), Objects.toString(actual.issueDate(), null));
        card.scalar("place", text(expected, "place"), actual.place());
        card.scalar("subject", text(expected, "subject"), actual.subject());
        card.scalar("signer", text(expected, "signer"), actual.signer());
        card.scalar("signingCapacity", text(expected, "signingCapacity"), actual.signingCapacity());
        card.scalar("periodFrom", text(expected, "periodFrom"), Objects.toString(actual.periodFrom(), null));
        card.scalar("periodTo", text(expected, "periodTo"), Objects.toString(actual.periodTo(), null));
        card.items("recipients", strings(expected.get("recipients")), actual.recipients());

        List<String> expectedCitations = new ArrayList<>();
        expected.get("citations").forEach(
                c -> expectedCitations.add(citation(text(c, "type"), number(text(c, "number")), text(c, "issueDate"))));
        card.items("citations", expectedCitations,
                actual.citations().stream().map(CorpusAccuracyTest::citation).toList());

        List<JsonNode> expectedTasks = new ArrayList<>();
        expected.get("proposedTasks").forEach(expectedTasks::add);
        List<ProposedTask> actualTasks = actual.proposedTasks();
        if (expectedTasks.isEmpty() && actualTasks.isEmpty()) {
            card.count("proposedTasks", true, null);
        }
        for (int i = 0; i < Math.max(expectedTasks.size(), actualTasks.size()); i++) {
            JsonNode e = i < expectedTasks.size() ? expectedTasks.get(i) : null;
            ProposedTask a = i < actualTasks.size() ? actualTasks.get(i) : null;
            if (e == null) {
                card.count("proposedTasks", false, "task " + a.ordinal() + " not expected: " + a.content());
                continue;
            }
            if (a == null) {
                card.count("proposedTasks", false, "task " + text(e, "ordinal") + " not found");
                card.count("proposedTasks.lead", false, null);
                card.count("proposedTasks.coordinating", false, null);
                continue;
            }
            card.count("proposedTasks", text(e, "ordinal").equals(String.valueOf(a.ordinal())),
                    "task " + (i + 1) + ": ordinal " + a.ordinal() + ", expected " + text(e, "ordinal"));
            card.scalar("proposedTasks.lead", text(e, "lead"), a.lead());
            card.items("proposedTasks.coordinating", strings(e.get("coordinating")), a.coordinating());
        }
    }

    private static String citation(Citation c) {
        return citation(c.type() == null ? null : c.type().name(), c.number().normalized(),
                Objects.toString(c.issueDate(), null));
    }

    private static String citation(String type, String number, String date) {
        return type + " " + number + " " + date;
    }

    private static String number(String text) {
        return text == null ? null : DirectiveNumber.parse(text).normalized();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        if (array != null) {
            array.forEach(v -> values.add(v.asText()));
        }
        return values;
    }

    /** What makes two spellings of one value the same for an officer: NFC, spaces, case, quotes, a final stop. */
    static String fair(String s) {
        if (s == null) {
            return null;
        }
        String t = Normalizer.normalize(s, Normalizer.Form.NFC).replace('\u00A0', ' ').replaceAll("\\s+", " ").strip()
                .toLowerCase(VI).replaceAll("[“”„\"]", "\"").replaceAll("[‘’']", "'").replaceAll("\\s*[–—]\\s*", " — ")
                .replaceAll("[.,;:]+$", "").strip();
        return t.isEmpty() ? null : t;
    }

    private static String percent(long right, long total) {
        return total == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * right / total);
    }

    /** Right and total per field, and a line for each wrong one. */
    private static final class Scorecard {
        final Map<String, long[]> byField = new LinkedHashMap<>();
        final List<String> failures = new ArrayList<>();

        void count(String field, boolean right, String failure) {
            long[] counts = byField.computeIfAbsent(field, f -> new long[2]);
            counts[1]++;
            if (right) {
                counts[0]++;
            } else if (failure != null) {
                failures.add(field + ": " + failure);
            }
        }

        void scalar(String field, String expected, String actual) {
            boolean right = Objects.equals(fair(expected), fair(actual));
            count(field, right, "got «" + actual + "», expected «" + expected + "»");
        }

        /** Each item either side is one point, right when both sides have it; two empty lists are one right. */
        void items(String field, List<String> expected, List<String> actual) {
            List<String> e = new ArrayList<>(expected.stream().map(CorpusAccuracyTest::fair).toList());
            List<String> a = new ArrayList<>(actual.stream().map(CorpusAccuracyTest::fair).toList());
            if (e.isEmpty() && a.isEmpty()) {
                count(field, true, null);
                return;
            }
            for (String item : List.copyOf(e)) {
                if (a.remove(item)) {
                    e.remove(item);
                    count(field, true, null);
                }
            }
            e.forEach(item -> count(field, false, "missing «" + item + "»"));
            a.forEach(item -> count(field, false, "not expected «" + item + "»"));
        }

        void add(Scorecard other) {
            other.byField.forEach((field, counts) -> {
                long[] mine = byField.computeIfAbsent(field, f -> new long[2]);
                mine[0] += counts[0];
                mine[1] += counts[1];
            });
        }

        long right() {
            return byField.values().stream().mapToLong(c -> c[0]).sum();
        }

        long total() {
            return byField.values().stream().mapToLong(c -> c[1]).sum();
        }
    }
}
