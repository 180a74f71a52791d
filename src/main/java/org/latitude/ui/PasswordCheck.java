package org.latitude.ui;

import com.vaadin.flow.component.textfield.PasswordField;
import java.util.List;
import java.util.function.Supplier;
import org.latitude.security.PasswordPolicy;

/**
 * Live feedback on a new password from the same {@link PasswordPolicy} the account service enforces: the rule as
 * helper text, and the problems as the field's error as soon as the field is left.
 */
public final class PasswordCheck {

    private PasswordCheck() {
    }

    public static void attach(PasswordField field, PasswordPolicy policy, Supplier<PasswordPolicy.Context> context) {
        field.setHelperText(PasswordPolicy.guidance());
        field.addValueChangeListener(e -> {
            List<String> problems = e.getValue().isEmpty() ? List.of() : policy.problems(context.get(), e.getValue());
            field.setInvalid(!problems.isEmpty());
            field.setErrorMessage(String.join(" ", problems));
        });
    }
}
