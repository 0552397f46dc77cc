package io.jenkins.plugins.githubenvsecrets.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The drawing in DESIGN terms: the engine knows no Jenkins, and each outside library has one home. */
class ArchitectureTest {
    private static final String ENGINE = "io.jenkins.plugins.githubenvsecrets.engine";
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ENGINE);

    @Test
    void shouldNotDependOnJenkins() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                "hudson..", "jenkins..", "org.jenkinsci..", "com.cloudbees..", "org.kohsuke.stapler..")
                .check(MAIN);
    }

    @Test
    void shouldTouchOkHttpOnlyInTheClientPackage() {
        noClasses().that().resideOutsideOfPackage(ENGINE + ".github..")
                .should().dependOnClassesThat().resideInAnyPackage("okhttp3..", "okio..")
                .check(MAIN);
    }

    @Test
    void shouldTouchLazysodiumOnlyInTheCryptoPackage() {
        noClasses().that().resideOutsideOfPackage(ENGINE + ".crypto..")
                .should().dependOnClassesThat().resideInAnyPackage("com.goterl..", "com.sun.jna..")
                .check(MAIN);
    }

    @Test
    void shouldKeepPlanningFreeOfInputAndOutput() {
        noClasses().that().resideInAPackage(ENGINE + ".plan..")
                .should().dependOnClassesThat().resideInAnyPackage(ENGINE + ".github..", ENGINE + ".sync..",
                        ENGINE + ".crypto..", "java.io..", "java.nio.file..", "java.net..")
                .check(MAIN);
    }

    @Test
    void shouldKeepTheModelAtTheBottom() {
        noClasses().that().resideInAPackage(ENGINE + ".model..")
                .should().dependOnClassesThat().resideInAnyPackage(ENGINE + ".github..", ENGINE + ".sync..",
                        ENGINE + ".crypto..", ENGINE + ".plan..", ENGINE + ".masking..")
                .check(MAIN);
    }

    @Test
    void shouldNeverPrint() {
        noClasses().should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .orShould().callMethod(Throwable.class, "printStackTrace")
                .check(MAIN);
    }

    @Test
    void shouldKeepMaskingIndependentOfGitHub() {
        classes().that().resideInAPackage(ENGINE + ".masking..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(ENGINE + ".masking..", "java..", "")
                .allowEmptyShould(true)
                .check(MAIN);
    }
}
