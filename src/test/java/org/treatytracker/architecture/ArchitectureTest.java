package org.treatytracker.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/**
 * The package layout README.md draws: packages depend on each other in one direction only. And the
 * naming the quick test loop relies on: a test class with a profile of its own boots the application
 * again, so its name says so and the loop leaves it out before JUnit discovers it (discovery alone
 * builds the application of every profile it meets, whatever the tags exclude).
 */
class ArchitectureTest {

    private static final JavaClasses APPLICATION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.treatytracker");

    @Test
    void noCycleBetweenPackages() {
        slices().matching("org.treatytracker.(*)..").should().beFreeOfCycles().check(APPLICATION);
    }

    @Test
    void aTestThatBootsItsOwnApplicationIsNamedSo() {
        JavaClasses tests = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                .importPackages("org.treatytracker");
        classes().that().areAnnotatedWith(TestProfile.class).should().haveSimpleNameEndingWith("OwnBootTest").check(tests);
    }
}
