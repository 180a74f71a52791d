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
}
