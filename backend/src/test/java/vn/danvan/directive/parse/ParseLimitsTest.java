package vn.danvan.directive.parse;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.danvan.testing.Problems.assertProblem;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import vn.danvan.common.error.ProblemException;
import vn.danvan.common.error.ProblemType;
import vn.danvan.common.limits.WorkSlots;
import vn.danvan.testing.Api;
import vn.danvan.testing.Tokens;

/**
 * Reading a document is bounded: two at once per instance (the third is 503 with Retry-After at once, never queued
 * behind them), a work budget (beyond it 400 naming the text, or the file), and a client that has gone stops it.
 */
@QuarkusTest
class ParseLimitsTest {

    private static final String TEXT = "ỦY BAN NHÂN DÂN TỈNH AN GIANG\nSố: 12/KH-UBND\nAn Giang, ngày 12 tháng 3 năm 2026\n"
            + "KẾ HOẠCH\nThực hiện phong trào thi đua “Dân vận khéo” năm 2026\n";

    @Inject
    WorkSlots slots;

    @Inject
    DirectiveImportService imports;

    @Test
    void withEverySlotTakenTheNextReadIs503WithRetryAfterThenSucceeds() throws Exception {
        int taken = slots.maxConcurrent();
        CountDownLatch inside = new CountDownLatch(taken);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(taken);
        try {
            Future<?>[] holders = new Future<?>[taken];
            for (int i = 0; i < taken; i++) {
                holders[i] = pool.submit(() -> slots.run(() -> {
                    inside.countDown();
                    try {
                        return release.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                }));
            }
            inside.await(30, TimeUnit.SECONDS);
            assertProblem(
                    Api.bad(Tokens.PROVINCE_EDITOR).body(Map.of("text", TEXT)).post("/api/v1/directives/parse").then(),
                    503, "unavailable").header("Retry-After", equalTo("2"));
            assertProblem(Api.upload(Tokens.PROVINCE_EDITOR)
                    .multiPart("file", "ke-hoach.docx",
                            Files.readAllBytes(Path.of("src/test/resources/documents/70-CV-TU.pdf")))
                    .post("/api/v1/directives/parse-file").then(), 503, "unavailable");
            release.countDown();
            for (Future<?> holder : holders) {
                holder.get(30, TimeUnit.SECONDS);
            }
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
        Api.as(Tokens.PROVINCE_EDITOR).body(Map.of("text", TEXT)).post("/api/v1/directives/parse").then()
                .statusCode(200).body("number.text", equalTo("Số: 12/KH-UBND"));
    }

    @Test
    void aTextBeyondItsWorkBudgetIs400NamingTheField() {
        ProblemException text = assertThrows(ProblemException.class,
                () -> imports.read(TEXT, ParseBudget.of(10, () -> false), "text"));
        assertEquals(ProblemType.VALIDATION, text.type());
        assertEquals("text", text.errors().get(0).field());
        ProblemException file = assertThrows(ProblemException.class,
                () -> imports.read(TEXT, ParseBudget.of(10, () -> false), "file"));
        assertEquals("file", file.errors().get(0).field());
        // the default budget is far above what a real document needs
        assertEquals("Số: 12/KH-UBND",
                new DirectiveTextParser().parse(TEXT, ParseBudget.forLength(TEXT.length())).number().text());
    }

    @Test
    void aClientThatHasGoneStopsTheRead() {
        String longText = TEXT.repeat(2_000);
        ProblemException stopped = assertThrows(ProblemException.class,
                () -> imports.read(longText, ParseBudget.forLength(longText.length(), () -> true), "text"));
        assertEquals(ProblemType.UNAVAILABLE, stopped.type());
    }
}
