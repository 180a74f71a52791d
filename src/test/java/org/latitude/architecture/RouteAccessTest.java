package org.latitude.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Every route declares who may open it (Vaadin denies undeclared routes, but an explicit annotation is reviewed),
 * and every route under {@code admin/} is for the ADMIN role only.
 */
class RouteAccessTest {

    private static final JavaClasses UI = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.latitude.ui");

    @Test
    void everyRouteDeclaresItsAccess() {
        classes().that().areAnnotatedWith(Route.class)
                .should().beAnnotatedWith(RolesAllowed.class)
                .orShould().beAnnotatedWith(PermitAll.class)
                .orShould().beAnnotatedWith(AnonymousAllowed.class)
                .check(UI);
    }

    @Test
    void adminRoutesAreForAdminsOnly() {
        classes().that().areAnnotatedWith(Route.class).should(new ArchCondition<>("be ADMIN-only when under admin/") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                String path = item.getAnnotationOfType(Route.class).value();
                if (!path.startsWith("admin")) {
                    return;
                }
                boolean adminOnly = item.tryGetAnnotationOfType(RolesAllowed.class)
                        .map(r -> Arrays.equals(r.value(), new String[] {"ADMIN"})).orElse(false)
                        && !item.isAnnotatedWith(PermitAll.class) && !item.isAnnotatedWith(AnonymousAllowed.class);
                events.add(new SimpleConditionEvent(item, adminOnly, item.getName() + " at /" + path
                        + (adminOnly ? " is" : " is not") + " ADMIN-only"));
            }
        }).check(UI);
    }
}
