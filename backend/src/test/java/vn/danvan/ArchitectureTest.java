package vn.danvan;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import jakarta.persistence.Entity;
import jakarta.ws.rs.Path;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import vn.danvan.common.ExtensionPoint;
import vn.danvan.directive.parse.DirectiveTextParser;
import vn.danvan.unit.organization.OrganizationMatcher;

/**
 * The package rules of STYLE.md: package by feature, thin resources, no cycles, a common that knows no feature, and
 * features that meet only through their public surface.
 */
@AnalyzeClasses(packages = "vn.danvan", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule commonDependsOnNoFeature = noClasses().that().resideInAPackage("vn.danvan.common..").should()
            .dependOnClassesThat()
            .resideOutsideOfPackages("vn.danvan.common..", "java..", "jakarta..", "org..", "io..", "com.fasterxml..");

    @ArchTest
    static final ArchRule featuresAreFreeOfCycles = slices().matching("vn.danvan.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noLayerPackages = noClasses().should().resideInAnyPackage("..controller..", "..controllers..",
            "..service..", "..services..", "..dto..", "..dtos..", "..util..", "..utils..", "..helper..");

    @ArchTest
    static final ArchRule noVagueNames = noClasses().should().haveSimpleNameEndingWith("Manager").orShould()
            .haveSimpleNameEndingWith("Helper").orShould().haveSimpleNameEndingWith("Util").orShould()
            .haveSimpleNameEndingWith("Utils");

    @ArchTest
    static final ArchRule resourcesDoNotTouchRepositories = noClasses().that().areAnnotatedWith(Path.class).should()
            .dependOnClassesThat().haveSimpleNameEndingWith("Repository");

    @ArchTest
    static final ArchRule resourcesNeverReturnEntities = classes().that().areAnnotatedWith(Path.class)
            .should(new ArchCondition<JavaClass>("return no entity") {
                @Override
                public void check(JavaClass resource, ConditionEvents events) {
                    for (JavaMethod method : resource.getMethods()) {
                        if (method.getRawReturnType().isAnnotatedWith(Entity.class)) {
                            events.add(
                                    SimpleConditionEvent.violated(method, method.getFullName() + " returns an entity"));
                        }
                    }
                }
            });

    @ArchTest
    static final ArchRule entitiesAndRepositoriesStayInTheirFeature = classes().that().areAnnotatedWith(Entity.class)
            .or().haveSimpleNameEndingWith("Repository")
            .should(new ArchCondition<JavaClass>("be used only inside their own feature (or from common)") {
                @Override
                public void check(JavaClass target, ConditionEvents events) {
                    String feature = featureOf(target);
                    target.getDirectDependenciesToSelf().forEach(d -> {
                        String from = featureOf(d.getOriginClass());
                        if (!from.equals(feature) && !feature.equals("common")) {
                            events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                        }
                    });
                }
            });

    /**
     * A feature reaches another (neither being {@code common}) only through its public surface: its services (with the
     * records they declare for their signatures), its DTO records (names ending in Dto or Dtos, and what they nest),
     * its enums, and the interfaces it declares as extension points. Never its entities, repositories, mappers or
     * helpers.
     */
    @ArchTest
    static final ArchRule featuresMeetOnlyThroughTheirPublicSurface = classes().that().resideInAPackage("vn.danvan..")
            .should(new ArchCondition<JavaClass>(
                    "reach other features only through their services, DTOs, enums and extension points") {
                @Override
                public void check(JavaClass origin, ConditionEvents events) {
                    String from = featureOf(origin);
                    if (from.isEmpty() || from.equals("common")) {
                        return;
                    }
                    for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                        JavaClass target = d.getTargetClass().getBaseComponentType();
                        if (!target.getPackageName().startsWith("vn.danvan.")) {
                            continue;
                        }
                        String to = featureOf(target);
                        if (!to.equals(from) && !to.equals("common") && !isPublicSurface(target)) {
                            events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                        }
                    }
                }
            });

    @ArchTest
    static final ArchRule onlyDirectivesParseDirectiveText = noClasses().that()
            .resideOutsideOfPackage("vn.danvan.directive..").should().dependOnClassesThat()
            .belongToAnyOf(DirectiveTextParser.class)
            .because("other features read a directive's text through the directive feature's services");

    @ArchTest
    static final ArchRule onlyUnitsMatchOrganizationNames = noClasses().that()
            .resideOutsideOfPackage("vn.danvan.unit..").should().dependOnClassesThat()
            .belongToAnyOf(OrganizationMatcher.class)
            .because("other features match organization names through OrganizationService");

    @ArchTest
    static void transactionsLiveInServices(JavaClasses classes) {
        noClasses().that().areAnnotatedWith(Path.class).should()
                .beAnnotatedWith(jakarta.transaction.Transactional.class).check(classes);
    }

    /**
     * STYLE.md: "a feature past ~25 files is two features". A package holds at most {@value #MAX_PACKAGE_SIZE}
     * top-level classes of its own (MapStruct's generated *Impl aside); past that, split it into a sub-package by
     * purpose, as assignment.explanation, criteria.title, directive.relation and directive.parse are.
     */
    static final int MAX_PACKAGE_SIZE = 25;

    @ArchTest
    static void aPackageStaysTheSizeOfOneFeature(JavaClasses classes) {
        java.util.Map<String, Long> sizes = classes.stream()
                .filter(c -> c.isTopLevelClass() && !c.getSimpleName().endsWith("Impl"))
                .collect(java.util.stream.Collectors.groupingBy(JavaClass::getPackageName,
                        java.util.stream.Collectors.counting()));
        java.util.List<String> over = sizes.entrySet().stream().filter(e -> e.getValue() > MAX_PACKAGE_SIZE)
                .map(e -> e.getKey() + " (" + e.getValue() + ")").sorted().toList();
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(), over,
                "packages past " + MAX_PACKAGE_SIZE + " classes: split them by purpose");
        org.junit.jupiter.api.Assertions.assertTrue(sizes.getOrDefault("vn.danvan.assignment", 0L) > 10,
                "the rule reads the packages");
    }

    private static boolean isPublicSurface(JavaClass type) {
        if (type.isEnum() || type.getSimpleName().endsWith("Service")
                || type.isInterface() && type.isAnnotatedWith(ExtensionPoint.class)) {
            return true;
        }
        if (type.isRecord() && type.getEnclosingClass().map(c -> c.getSimpleName().endsWith("Service")).orElse(false)) {
            return true;
        }
        for (JavaClass c = type; c != null; c = c.getEnclosingClass().orElse(null)) {
            if (c.getSimpleName().endsWith("Dto") || c.getSimpleName().endsWith("Dtos")) {
                return true;
            }
        }
        return false;
    }

    private static String featureOf(JavaClass type) {
        String rest = type.getPackageName().substring("vn.danvan".length());
        if (rest.isEmpty()) {
            return "";
        }
        String[] parts = rest.substring(1).split("\\.");
        return parts[0];
    }
}
