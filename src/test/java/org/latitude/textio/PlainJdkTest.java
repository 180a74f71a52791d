package org.latitude.textio;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The reader stays plain JDK, so the headless commands use it without Spring or a parsing library on the path. */
class PlainJdkTest {

    @Test
    void textioImportsOnlyTheJdk() {
        classes().that().resideInAPackage("org.latitude.textio..").and().doNotHaveSimpleName("package-info")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.latitude.textio..", "java..")
                .allowEmptyShould(false)
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.latitude.textio"));
    }
}
