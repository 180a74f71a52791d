package org.latitude.ui.annotate;

import com.vaadin.flow.component.textfield.TextArea;
import org.latitude.annotation.AnswerRules;

/** The optional free-text rationale: N goes here, Escape goes back to the keys, Ctrl+Enter submits from here too. */
class RationaleField extends TextArea {

    RationaleField() {
        super("Rationale (N), optional");
        setId("rationale");
        setWidthFull();
        setMaxLength(AnswerRules.MAX_RATIONALE);
        setPlaceholder("Esc returns to the keys · Ctrl+Enter submits");
        addClassName("rationale");
    }
}
