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
     * Focuses {@code c} once it is shown. Vaadin's own {@code focus()} runs too early on the first render of a page
     * (with eager server load the view is attached and styled a few frames later), and is then lost. Retries for about
     * two seconds while nothing else has focus, so it never takes focus from where the user has moved it.
     */
    static void focusWhenShown(Component c) {
        c.getElement().executeJs("const el = this; let tries = 0; const go = () => { const now = document.activeElement; "
                + "if (tries === 0 || !now || now === document.body) { el.focus(); } "
                + "if (document.activeElement !== el && tries++ < 120) { requestAnimationFrame(go); } }; setTimeout(go);");
    }
}
