package vn.danvan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The scope rule lives in the unit feature: no SQL, HQL or migration of another feature names the unit tables' scope
 * parts. They join the declared read model {@code organization_scope} or ask {@code OrganizationService}.
 */
class ScopeRuleOwnershipTest {

    private static final Path SOURCES = Path.of("src/main/java/vn/danvan");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    /** Names only the unit feature may use in queries. */
    private static final Pattern FORBIDDEN = Pattern
            .compile("administrative_unit|AdministrativeUnit|scope_path|scopePath");
    private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    /**
     * The unit feature's migrations (V6 starts with the central level's unit and organizations; the rest of it is the
     * directive feature's and names no unit table).
     */
    private static final Set<String> UNIT_MIGRATIONS = Set.of("V1__schema.sql", "V2__administrative_units.sql",
            "V3__organizations.sql", "V6__central_level_monitoring_attachments.sql", "V12__scope_read_model.sql",
            "V19__unit_scope_read_model.sql", "V24__unit_scope_history.sql");

    @Test
    void noQueryOutsideTheUnitFeatureNamesTheScopeColumnsOrUnitTables() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                if (file.startsWith(SOURCES.resolve("unit"))) {
                    continue;
                }
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher literal = STRING_LITERAL.matcher(lines.get(i));
                    while (literal.find()) {
                        if (FORBIDDEN.matcher(literal.group(1)).find()) {
                            found.add(file + ":" + (i + 1) + ": " + literal.group());
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), found, "queries outside vn.danvan.unit that reach into the unit tables");
    }

    @Test
    void noMigrationOutsideTheUnitFeatureNamesThem() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path file : files.sorted().toList()) {
                if (UNIT_MIGRATIONS.contains(file.getFileName().toString())) {
                    continue;
                }
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    String code = lines.get(i).replaceAll("--.*", "");
                    if (FORBIDDEN.matcher(code).find()) {
                        found.add(file.getFileName() + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        assertEquals(List.of(), found, "migrations of other features that name the unit tables' scope parts");
    }

    @Test
    void theRuleWouldSeeAViolation() {
        // guards the pattern itself: a query in the old style must be caught
        Matcher literal = STRING_LITERAL.matcher("String q = \"JOIN administrative_unit u ON u.id = o.unit_id\";");
        assertEquals(true, literal.find() && FORBIDDEN.matcher(literal.group(1)).find());
    }
}
