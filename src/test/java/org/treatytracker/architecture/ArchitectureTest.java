package org.treatytracker.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The package layout README.md draws: packages depend on each other in one direction only. */
class ArchitectureTest {

    private static final JavaClasses APPLICATION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.treatytracker");

    @Test
    void noCycleBetweenPackages() {
        slices().matching("org.treatytracker.(*)..").should().beFreeOfCycles().check(APPLICATION);
    }
}
