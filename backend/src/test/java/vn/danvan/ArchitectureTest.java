package vn.danvan;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import jakarta.persistence.Entity;
import jakarta.ws.rs.Path;

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

/** The package rules of STYLE.md: package by feature, thin resources, no cycles, a common that knows no feature. */
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

    @ArchTest
    static void transactionsLiveInServices(JavaClasses classes) {
        noClasses().that().areAnnotatedWith(Path.class).should()
                .beAnnotatedWith(jakarta.transaction.Transactional.class).check(classes);
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
