package cn.kaoping.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.ext.Provider;
import org.junit.jupiter.api.Test;

/**
 * The boundaries of the code base as build facts: the server's packages form no cycle, only the
 * web layer speaks JAX-RS, and the engine knows nothing of the server. Each rule is also run on
 * a fixture that breaks it, so that a rule that cannot fail would be noticed.
 */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.kaoping");

    private static final JavaClasses FIXTURE = new ClassFileImporter().importPackages("cn.kaoping.architecture.fixture");

    /** Every package of the server and the engine, by its first name below cn.kaoping. */
    static final ArchRule NO_PACKAGE_CYCLES = slices().matching("cn.kaoping.(*)..").should().beFreeOfCycles();

    /**
     * The web layer: each capability's REST resources (annotated {@code @Path}), the shared
     * plumbing of {@code platform.web}, the composition root, and the Keycloak admin client
     * adapter (Keycloak's client is a JAX-RS client).
     */
    private static final DescribedPredicate<JavaClass> WEB_LAYER = DescribedPredicate.describe("the web layer",
            c -> c.getPackageName().startsWith("cn.kaoping.platform.web")
                    || c.getPackageName().endsWith(".keycloak")
                    || c.getName().equals("cn.kaoping.KaopingApplication")
                    || isOrIsNestedIn(c, Path.class) || isOrIsNestedIn(c, Provider.class));

    static final ArchRule JAX_RS_ONLY_IN_THE_WEB_LAYER = noClasses().that(DescribedPredicate.not(WEB_LAYER))
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..")
            .because("the domain raises DomainException and the web layer alone chooses HTTP statuses");

    static final ArchRule ENGINE_IS_PLAIN_JAVA = classes().that().resideInAnyPackage("cn.kaoping.scheme..", "cn.kaoping.scoring..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "java..", "jakarta.json..", "cn.kaoping.scheme..", "cn.kaoping.scoring..")
            .because("the engine (app/engine) is plain Java and JSON-P, used by the CLI and the server alike");

    @Test
    void thePackagesOfTheServerFormNoCycle() {
        NO_PACKAGE_CYCLES.check(MAIN);
    }

    @Test
    void onlyTheWebLayerUsesJaxRs() {
        JAX_RS_ONLY_IN_THE_WEB_LAYER.check(MAIN);
    }

    @Test
    void theEngineImportsNothingOfTheServer() {
        ENGINE_IS_PLAIN_JAVA.check(MAIN);
    }

    @Test
    void theRulesFailOnCodeThatBreaksThem() {
        EvaluationResult cycles = slices().matching("cn.kaoping.architecture.fixture.(*)..").should().beFreeOfCycles()
                .evaluate(FIXTURE);
        assertTrue(cycles.hasViolation());
        assertTrue(cycles.getFailureReport().toString().contains("Cycle detected"), cycles.getFailureReport().toString());
        EvaluationResult jaxRs = JAX_RS_ONLY_IN_THE_WEB_LAYER.evaluate(FIXTURE);
        assertTrue(jaxRs.hasViolation());
        assertTrue(jaxRs.getFailureReport().toString().contains("Downstream"), jaxRs.getFailureReport().toString());
        assertFalse(JAX_RS_ONLY_IN_THE_WEB_LAYER.evaluate(FIXTURE.that(
                DescribedPredicate.describe("Upstream", c -> c.getSimpleName().equals("Upstream")))).hasViolation());
    }

    private static boolean isOrIsNestedIn(JavaClass c, Class<? extends java.lang.annotation.Annotation> annotation) {
        for (JavaClass k = c; k != null; k = k.getEnclosingClass().orElse(null)) {
            if (k.isAnnotatedWith(annotation)) {
                return true;
            }
        }
        return false;
    }
}
