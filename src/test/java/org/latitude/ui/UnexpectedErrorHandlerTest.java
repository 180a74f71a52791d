package org.latitude.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.latitude.shared.ValidationException;
import org.latitude.testsupport.LatitudeSpringTest;
import org.latitude.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.core.userdetails.UserDetailsService;

/** An action that fails unexpectedly is logged with a reference, and the user sees a clear message naming it. */
@LatitudeSpringTest
@ExtendWith(OutputCaptureExtension.class)
class UnexpectedErrorHandlerTest extends SpringBrowserlessTest {

    @Autowired
    UnexpectedErrorHandler handler;
    @Autowired
    UserDetailsService users;

    @BeforeEach
    void open() {
        TestUsers.signIn(users, LatitudeSpringTest.ADMIN);
        navigate(HomeView.class);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void anUnexpectedExceptionIsLoggedWithAReferenceAndShownAsAMessageNamingIt(CapturedOutput output) {
        handler.error(new ErrorEvent(new IllegalStateException("the database went away")));
        String shown = $(Notification.class).last().getElement().getProperty("text");
        Matcher reference = Pattern.compile("reference ([0-9A-F]{8})").matcher(shown);
        assertThat(reference.find()).as(shown).isTrue();
        assertThat(shown).contains("did not complete").doesNotContain("database went away", "IllegalState");
        assertThat(output.getOut()).contains("Unexpected error in the UI, reference " + reference.group(1),
                "java.lang.IllegalStateException: the database went away");
    }

    @Test
    void aRefusedRequestIsShownAsTheViewsShowItAndNotLoggedAsAnError(CapturedOutput output) {
        handler.error(new ErrorEvent(new RuntimeException(new ValidationException("The name is taken."))));
        assertThat($(Notification.class).last().getElement().getProperty("text")).isEqualTo("The name is taken.");
        assertThat(output.getOut()).doesNotContain("Unexpected error in the UI");
    }

    @Test
    void everySessionUsesTheHandler() {
        assertThat(VaadinSession.getCurrent().getErrorHandler()).isInstanceOf(UnexpectedErrorHandler.class);
    }
}
