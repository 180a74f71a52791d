package org.latitude.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import org.latitude.security.PasswordPolicy;
import org.latitude.security.UserAccountService;
import org.latitude.security.UserSummary;
import org.latitude.shared.ValidationException;
import org.latitude.ui.Feedback;
import org.latitude.ui.PasswordCheck;

/** Sets a temporary password; the user must choose their own at the next sign-in. */
class ResetPasswordDialog extends Dialog {

    ResetPasswordDialog(UserAccountService accounts, PasswordPolicy passwords, UserSummary user, Runnable onSaved) {
        setHeaderTitle("Reset the password of " + user.username());
        PasswordField password = new PasswordField("Temporary password");
        password.setId("reset-password");
        PasswordCheck.attach(password, passwords, () -> new PasswordPolicy.Context(user.username(), user.displayName()));
        add(new Paragraph("Give the temporary password to the user; they must change it when they next sign in."),
                password);
        Button save = new Button("Reset", e -> {
            try {
                accounts.resetPassword(user.id(), password.getValue());
                Feedback.success("Password of " + user.username() + " reset.");
                onSaved.run();
                close();
            } catch (ValidationException ex) {
                // every problem the password policy reports is about the password
                password.setErrorMessage(String.join(" ", ex.problems()));
                password.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}
