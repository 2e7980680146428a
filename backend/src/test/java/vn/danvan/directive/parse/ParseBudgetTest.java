package vn.danvan.directive.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The parser stops when its budget runs out or its caller cancels, and a real document stays well within the default
 * budget.
 */
class ParseBudgetTest {

    private static final Path DOCUMENTS = Path.of("src/test/resources/documents");

    private final DirectiveTextParser parser = new DirectiveTextParser();

    private static String letter70() throws IOException {
        return Files.readString(DOCUMENTS.resolve("2021-02-02_tinh-uy-kien-giang_70-CV-TU_dan-van-kheo-2021-2025.txt"),
                StandardCharsets.UTF_8);
    }

    @Test
    void aBudgetOfAFewStepsStopsTheParse() throws IOException {
        ParseAbortedException e = assertThrows(ParseAbortedException.class,
                () -> parser.parse(letter70(), ParseBudget.of(10, () -> false)));
        assertEquals(ParseAbortedException.Reason.BUDGET_EXCEEDED, e.reason());
        assertTrue(e.steps() > 10, "the steps counted when it stopped: " + e.steps());
    }

    @Test
    void aCancelledCallerStopsTheParseBeforeItStarts() throws IOException {
        ParseAbortedException e = assertThrows(ParseAbortedException.class,
                () -> parser.parse(letter70(), ParseBudget.forLength(100, () -> true)));
        assertEquals(ParseAbortedException.Reason.CANCELLED, e.reason());
    }

    @Test
    void aCallerWhoLeavesMidwayStopsTheParse() throws IOException {
        // the client goes away while a long text is read: the flag is seen within a few thousand steps
        AtomicInteger asked = new AtomicInteger();
        String text = letter70().repeat(20);
        ParseAbortedException e = assertThrows(ParseAbortedException.class,
                () -> parser.parse(text, ParseBudget.forLength(text.length(), () -> asked.incrementAndGet() > 3)));
        assertEquals(ParseAbortedException.Reason.CANCELLED, e.reason());
        assertEquals(4, asked.get());
    }

    @Test
    void everyRealDocumentParsesWithinAFractionOfTheDefaultBudget() throws IOException {
        try (Stream<Path> files = Stream.concat(Files.list(DOCUMENTS), Files.list(DOCUMENTS.resolve("corpus")))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                ParseBudget budget = ParseBudget.forLength(text.length());
                WorkMeter meter = new WorkMeter(budget);
                parser.parse(text, meter);
                assertTrue(meter.steps() < budget.maxSteps() / 10,
                        file.getFileName() + ": " + meter.steps() + " of " + budget.maxSteps() + " steps");
            }
        }
    }

    @Test
    void theDefaultBudgetGrowsWithTheText() throws IOException {
        assertEquals(ParseBudget.DEFAULT_BASE_STEPS + 200_000 * ParseBudget.DEFAULT_STEPS_PER_CHARACTER,
                ParseBudget.forLength(200_000).maxSteps());
        // parse(String) is parse(String, default budget)
        assertEquals(parser.parse(letter70()), parser.parse(letter70(), ParseBudget.forLength(letter70().length())));
        assertThrows(IllegalArgumentException.class, () -> ParseBudget.of(-1, () -> false));
    }
}
