package org.latitude.ui.annotate;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.latitude.annotation.Answer;
import org.latitude.annotation.WorkItem;

/**
 * The answer form of the campaign's task: the safety label form or the pairwise form. Its keys (digits, section
 * letters) run in the browser ({@code frontend/js/workspace.js}) on the sections the form marks with
 * {@code data-section}; the server reads the components' values at submit.
 */
interface LabelForm {

    /** Clears the form for a new item. */
    void show(WorkItem work);

    /** Fills the form with an earlier answer (editing from the history). */
    void load(WorkItem work, Answer answer);

    Answer answer();

    /** What the service's rules would refuse, checked before sending; empty when acceptable. */
    List<String> problems();

    /** Where keyboard focus goes after each render. */
    FocusTarget focusTarget();

    /** The form's parts that listen for single-key shortcuts (never its text fields). */
    List<Component> keyAreas();

    TextArea rationale();

    /** Text fields of the form besides the rationale (e.g. the category search). */
    List<Component> textFields();
}
