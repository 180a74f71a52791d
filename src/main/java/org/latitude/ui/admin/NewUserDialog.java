package org.latitude.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import org.latitude.security.NewUser;
import org.latitude.security.PasswordPolicy;
import org.latitude.security.Role;
import org.latitude.security.UserAccountService;
import org.latitude.shared.ValidationException;
import org.latitude.ui.Feedback;
import org.latitude.ui.PasswordCheck;

/** Creates a user; every problem the service reports is shown in the dialog, which stays open until it succeeds. */
class NewUserDialog extends Dialog {

    private final TextField username = new TextField("Username");
    private final TextField displayName = new TextField("Display name");
    private final CheckboxGroup<Role> roles = new CheckboxGroup<>("Roles");
    private final PasswordField password = new PasswordField("Initial password");
    private final Div problems = new Div();

    NewUserDialog(UserAccountService accounts, PasswordPolicy passwords, Runnable onCreated) {
        setHeaderTitle("New user");
        setId("new-user-dialog");
        username.setId("new-username");
        username.setHelperText("lower-case letters, digits, '.', '_' or '-'");
        displayName.setId("new-display-name");
        password.setId("new-password");
        PasswordCheck.attach(password, passwords,
                () -> new PasswordPolicy.Context(username.getValue(), displayName.getValue()));
        roles.setItems(Role.values());
        roles.setValue(Set.of(Role.ANNOTATOR));
        problems.addClassName("form-problems");
        add(new FormLayout(username, displayName, roles, password), problems);
        Button create = new Button("Create", e -> create(accounts, onCreated));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("create-user");
        getFooter().add(new Button("Cancel", e -> close()), create);
        username.focus();
    }

    private void create(UserAccountService accounts, Runnable onCreated) {
        try {
            var created = accounts.createUser(new NewUser(username.getValue(), displayName.getValue(),
                    roles.getValue(), password.getValue()));
            Feedback.success("Created " + created.username() + ".");
            onCreated.run();
            close();
        } catch (ValidationException e) {
            problems.removeAll();
            e.problems().forEach(p -> problems.add(new Div(p)));
        }
    }
}
