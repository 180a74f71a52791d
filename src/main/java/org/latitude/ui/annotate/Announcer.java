package org.latitude.ui.annotate;

import com.vaadin.flow.component.html.Div;

/**
 * The workspace's live region: says what the last key or click just did ("Criminal Planning/Confessions ticked"), on
 * screen and to screen readers. It is in the page from the start, as live regions must be to be announced.
 */
class Announcer extends Div {

    Announcer() {
        setId("announcement");
        addClassName("announcement");
        getElement().setAttribute("role", "status");
        getElement().setAttribute("aria-live", "polite");
    }

    void say(String message) {
        setText(message);
    }

    void sayIf(boolean condition, String message) {
        if (condition) {
            say(message);
        }
    }

    void clear() {
        setText("");
    }
}
