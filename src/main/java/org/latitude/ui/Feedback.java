package org.latitude.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.latitude.shared.ValidationException;

/** Toasts for the outcome of a user action. Messages are plain text (Notification.show never renders HTML). */
public final class Feedback {

    private Feedback() {
    }

    public static void success(String message) {
        Notification n = Notification.show(message, 4000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    public static void error(String message) {
        Notification n = Notification.show(message, 8000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    public static void error(ValidationException e) {
        error(String.join("\n", e.problems()));
    }
}
