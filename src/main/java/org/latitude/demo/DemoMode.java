package org.latitude.demo;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Whether the app runs in demo mode (Spring profile {@code demo}). */
@Component
public class DemoMode {

    private final boolean enabled;

    public DemoMode(@Value("${latitude.demo.enabled}") boolean enabled) {
        this.enabled = enabled;
    }

    public boolean enabled() {
        return enabled;
    }
}
