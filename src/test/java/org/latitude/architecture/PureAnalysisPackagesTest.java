package org.latitude.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The analysis engines stay pure: they depend on the JDK, commons-math3 and themselves only — no Spring, JPA, Vaadin
 * or I/O framework — so the CLI and the web analysis run the same maths and it can be tested in isolation. The
 * packages' {@code package-info} only declares the module contract (Spring Modulith's annotation, no code) and is not
 * part of the engine.
 */
class PureAnalysisPackagesTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.latitude");

    @Test
    void agreementImportsOnlyTheJdkAndCommonsMath() {
        assertPure("org.latitude.agreement..");
    }

    @Test
    void discretionImportsOnlyTheJdkAndCommonsMath() {
        assertPure("org.latitude.discretion..");
    }

    private static void assertPure(String pkg) {
        classes().that().resideInAPackage(pkg).and().doNotHaveSimpleName("package-info")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage(pkg, "java..", "org.apache.commons.math3..")
                .allowEmptyShould(false)
                .check(MAIN);
    }
}
