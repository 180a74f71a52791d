package org.latitude.testsupport;

import com.vaadin.flow.router.Route;
import java.util.List;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/** Every route under {@code /admin} that the application defines, with parameters filled in, found by scanning. */
public final class AdminRoutes {

    private AdminRoutes() {
    }

    public static List<String> all() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        return scanner.findCandidateComponents("org.latitude.ui").stream()
                .map(bean -> {
                    try {
                        return Class.forName(bean.getBeanClassName()).getAnnotation(Route.class).value();
                    } catch (ClassNotFoundException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .filter(path -> path.startsWith("admin"))
                .map(path -> "/" + path.replaceAll(":[^/]+", "1"))
                .sorted()
                .toList();
    }
}
