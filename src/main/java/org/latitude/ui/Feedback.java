package org.latitude.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.shared.Registration;
import org.latitude.shared.ValidationException;

/**
 * Toasts for the outcome of a user action, for what no field shows (a form's field problems go on its fields, see
 * {@link FieldErrors}). An error toast never outlives its cause: the next success, the next error and leaving the
 * page close it. Messages are plain text (Notification.show never renders HTML).
 */
public final class Feedback {

    /** The error toast on screen, kept on its UI. */
    private record OpenError(Notification notification, Registration onNavigation) {
    }

    private Feedback() {
    }

    public static void success(String message) {
        closeError();
        Notification n = Notification.show(message, 4000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    public static void error(String message) {
        closeError();
        Notification n = Notification.show(message, 8000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        UI ui = UI.getCurrent();
        if (ui != null) {
            Registration onNavigation = ui.addAfterNavigationListener(e -> closeError());
            ComponentUtil.setData(ui, OpenError.class, new OpenError(n, onNavigation));
        }
    }

    public static void error(ValidationException e) {
        error(String.join("\n", e.problems()));
    }

    private static void closeError() {
        UI ui = UI.getCurrent();
        OpenError open = ui == null ? null : ComponentUtil.getData(ui, OpenError.class);
        if (open != null) {
            open.notification().close();
            open.onNavigation().remove();
            ComponentUtil.setData(ui, OpenError.class, null);
        }
    }
}
