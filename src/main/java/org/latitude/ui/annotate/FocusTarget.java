package org.latitude.ui.annotate;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.html.Div;

/** A focusable container: where keyboard focus goes after each render, so shortcuts keep working. */
class FocusTarget extends Div implements Focusable<FocusTarget> {

    FocusTarget(String ariaLabel, Component... children) {
        super(children);
        setTabIndex(0);
        getElement().setAttribute("aria-label", ariaLabel);
        addClassName("focus-target");
    }

    @Override
    public void focus() {
        focusWhenShown(this);
    }

    /**
     * Focuses {@code c} once it is shown: Vaadin's own {@code focus()} can run before the first view of a page is
     * attached (eager server load) and is then lost. The retrying lives in {@code frontend/js/workspace.js}.
     */
    static void focusWhenShown(Component c) {
        c.getElement().executeJs("window.Latitude.focusWhenShown(this)");
    }
}
