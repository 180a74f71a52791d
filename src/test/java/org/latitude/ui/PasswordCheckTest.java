package org.latitude.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.textfield.PasswordField;
import org.junit.jupiter.api.Test;
import org.latitude.security.PasswordPolicy;

/** The password forms judge a new password by the same policy object the account service enforces. */
class PasswordCheckTest {

    @Test
    void theFieldShowsThePolicysProblemAsSoonAsItIsLeftAndClearsWhenThePasswordIsAcceptable() {
        PasswordPolicy policy = new PasswordPolicy();
        PasswordField field = new PasswordField();
        PasswordCheck.attach(field, policy, () -> new PasswordPolicy.Context("ann", "Ann"));
        assertThat(field.getHelperText()).isEqualTo(PasswordPolicy.guidance());

        field.setValue("password12");
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isEqualTo(
                String.join(" ", policy.problems(new PasswordPolicy.Context("ann", "Ann"), "password12")));

        field.setValue("tea with oat milk");
        assertThat(field.isInvalid()).isFalse();
    }
}
