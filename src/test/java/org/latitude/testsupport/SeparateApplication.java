package org.latitude.testsupport;

import org.latitude.LatitudeApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * A second, separately configured application in the test JVM (restart, PostgreSQL). Vaadin installs its own global
 * {@link SecurityContextHolderStrategy} when an application starts; this puts the shared test context's strategy back
 * when the separate application closes, so later tests' sign-ins reach method security again.
 */
public final class SeparateApplication implements AutoCloseable {

    private final SecurityContextHolderStrategy previous;
    private final ConfigurableApplicationContext context;

    private SeparateApplication(String... args) {
        previous = SecurityContextHolder.getContextHolderStrategy();
        ConfigurableApplicationContext started;
        try {
            started = new SpringApplicationBuilder(LatitudeApplication.class).run(args);
        } catch (RuntimeException e) {
            SecurityContextHolder.setContextHolderStrategy(previous);
            throw e;
        }
        context = started;
    }

    /** Starts the application with command-line arguments (which outrank application.properties). */
    public static SeparateApplication start(String... args) {
        return new SeparateApplication(args);
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        try {
            context.close();
        } finally {
            SecurityContextHolder.setContextHolderStrategy(previous);
        }
    }
}
