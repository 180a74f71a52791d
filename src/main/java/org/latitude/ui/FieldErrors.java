package org.latitude.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.latitude.shared.FieldProblem;
import org.latitude.shared.ValidationException;

/**
 * Shows a refused request's problems on the fields they are about ({@link FieldProblem#field()}), the rest in a summary
 * under the form, instead of a toast over it. A field's error goes as soon as its value changes, so no message
 * outlives its cause.
 */
public final class FieldErrors {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final Div summary = new Div();

    public FieldErrors() {
        summary.addClassName("form-problems");
        summary.getElement().setAttribute("role", "alert");
    }

    /** Shows problems about {@code field} (a request field's name) on {@code component}. */
    public <C extends Component & HasValidation & HasValue<?, ?>> FieldErrors bind(String field, C component) {
        fields.put(field, component);
        component.addValueChangeListener(e -> component.setInvalid(false));
        return this;
    }

    /** Where problems that belong to no shown field appear; place it under the form. */
    public Div summary() {
        return summary;
    }

    /** Shows {@code problems} (replacing earlier ones); true when there were any. */
    public boolean show(List<FieldProblem> problems) {
        clear();
        Map<HasValidation, List<String>> onFields = new LinkedHashMap<>();
        List<String> rest = new ArrayList<>();
        for (FieldProblem p : problems) {
            HasValidation field = p.field() == null ? null : fields.get(p.field());
            if (field != null && ((Component) field).isVisible()) {
                onFields.computeIfAbsent(field, f -> new ArrayList<>()).add(p.message());
            } else {
                rest.add(p.message());
            }
        }
        onFields.forEach((field, messages) -> {
            field.setErrorMessage(String.join(" ", messages));
            field.setInvalid(true);
        });
        summary.setText(String.join("\n", rest));
        return !problems.isEmpty();
    }

    public boolean show(ValidationException e) {
        return show(e.fieldProblems());
    }

    public void clear() {
        fields.values().forEach(f -> f.setInvalid(false));
        summary.setText("");
    }
}
