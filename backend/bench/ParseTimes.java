package vn.danvan.directive.parse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Times the directive parser on adversarial shapes and on a real document repeated, at 10,000, 50,000 and 200,000
 * characters: the best of a few runs, and the steps its work meter counted. Linear work shows as times and steps that
 * grow five and twenty times from the first column. Run by bench/parse-times.sh after the backend is compiled; it lives
 * in the parser's package to read the meter, which is not public.
 */
public final class ParseTimes {

    private static final int[] SIZES = { 10_000, 50_000, 200_000 };
    private static final int RUNS = 5;

    public static void main(String[] args) throws IOException {
        Path documents = Path.of(args.length > 0 ? args[0] : "src/test/resources/documents");
        Map<String, String> shapes = new LinkedHashMap<>();
        shapes.put("one long word", "a");
        shapes.put("digits", "1");
        shapes.put("dots", ".");
        shapes.put("slashes", "/");
        shapes.put("dashes", "-");
        shapes.put("'1.' lines", "1.\n");
        shapes.put("'1. x' lines", "1. x\n");
        shapes.put("short lines", "x\n");
        shapes.put("'ngày ' words", "ngày ");
        shapes.put("'Ban hành ' words", "Ban hành ");
        shapes.put("short words", "a b ");
        shapes.put("tabs and spaces", "Số\t   ");
        shapes.put("numbers '1-CT/'", "1-CT/");
        shapes.put("'chủ trì, phối hợp với A, '", "chủ trì, phối hợp với A, ");
        shapes.put("'Chỉ thị số 1-CT/TU, ngày 1/1/2020 của '", "Chỉ thị số 1-CT/TU, ngày 1/1/2020 của ");
        shapes.put("NFD capitals 'ỦY BAN '", java.text.Normalizer.normalize("ỦY BAN ", java.text.Normalizer.Form.NFD));
        shapes.put("real document repeated", Files.readString(
                documents.resolve("2021-02-02_tinh-uy-kien-giang_70-CV-TU_dan-van-kheo-2021-2025.txt"),
                StandardCharsets.UTF_8));

        DirectiveTextParser parser = new DirectiveTextParser();
        // warm up the JIT on every shape once, so that the first column is not the interpreter's
        shapes.values().forEach(unit -> parser.parse(repeat(unit, 20_000)));

        System.out.printf("%-42s %22s %22s %22s%n", "shape", "10,000 chars", "50,000 chars", "200,000 chars");
        for (Map.Entry<String, String> shape : shapes.entrySet()) {
            StringBuilder row = new StringBuilder(String.format("%-42s", shape.getKey()));
            for (int size : SIZES) {
                String text = repeat(shape.getValue(), size);
                long best = Long.MAX_VALUE;
                long steps = 0;
                for (int run = 0; run < RUNS; run++) {
                    WorkMeter meter = new WorkMeter(ParseBudget.forLength(text.length()));
                    long start = System.nanoTime();
                    parser.parse(text, meter);
                    best = Math.min(best, System.nanoTime() - start);
                    steps = meter.steps();
                }
                row.append(String.format(" %8.1f ms %9.1fM st", best / 1e6, steps / 1e6));
            }
            System.out.println(row);
        }
        System.out.printf("%nDefault budget: %,d + %,d steps per character (200,000 characters: %,d steps).%n",
                ParseBudget.DEFAULT_BASE_STEPS, ParseBudget.DEFAULT_STEPS_PER_CHARACTER,
                ParseBudget.forLength(200_000).maxSteps());
    }

    private static String repeat(String unit, int length) {
        StringBuilder out = new StringBuilder(length + unit.length());
        while (out.length() < length) {
            out.append(unit);
        }
        out.setLength(length);
        return out.toString();
    }
}
