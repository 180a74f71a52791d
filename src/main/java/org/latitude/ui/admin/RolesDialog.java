package org.latitude.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import org.latitude.security.Role;
import org.latitude.security.UserAccountService;
import org.latitude.security.UserSummary;
import org.latitude.shared.ValidationException;
import org.latitude.ui.Feedback;

class RolesDialog extends Dialog {

    RolesDialog(UserAccountService accounts, UserSummary user, Runnable onSaved) {
        setHeaderTitle("Roles of " + user.username());
        CheckboxGroup<Role> roles = new CheckboxGroup<>("Roles");
        roles.setItems(Role.values());
        roles.setValue(user.roles());
        roles.addValueChangeListener(e -> roles.setInvalid(false));
        add(roles);
        Button save = new Button("Save", e -> {
            try {
                accounts.setRoles(user.id(), roles.getValue());
                Feedback.success("Roles of " + user.username() + " saved.");
                onSaved.run();
                close();
            } catch (ValidationException ex) {
                roles.setErrorMessage(String.join(" ", ex.problems()));
                roles.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}
