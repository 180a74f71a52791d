package org.latitude.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Optional;
import org.latitude.shared.FailureReference;
import org.latitude.shared.UnexpectedFailure;
import org.latitude.shared.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * What a user sees when an action fails in a way no view handled: a refused request ({@link ValidationException}) as
 * the views show it; a denied one in plain words; anything else logged with its cause under a
 * {@link FailureReference} and shown as a clear message naming that reference (never a stack trace). Installed on
 * every session.
 */
@Component
class UnexpectedErrorHandler implements ErrorHandler, VaadinServiceInitListener {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrorHandler.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        Throwable error = event.getThrowable();
        Optional<ValidationException> refused = find(error, ValidationException.class);
        if (refused.isPresent()) {
            show(() -> Feedback.error(refused.get()));
            return;
        }
        if (find(error, AccessDeniedException.class).isPresent()) {
            LOG.warn("Action denied: {}", error.toString());
            show(() -> Feedback.error("You do not have permission for that action; nothing was changed."));
            return;
        }
        FailureReference reference = find(error, UnexpectedFailure.class).map(UnexpectedFailure::reference)
                .orElseGet(() -> {
                    FailureReference fresh = FailureReference.next();
                    LOG.error("Unexpected error in the UI, reference {}", fresh, error);
                    return fresh;
                });
        show(() -> Feedback.error(message(reference)));
    }

    static String message(FailureReference reference) {
        return "Something went wrong and this action did not complete. Please try again; if it happens again, tell "
                + "an administrator the reference " + reference + " (the details are in the server log).";
    }

    private static void show(Runnable notification) {
        if (UI.getCurrent() != null) {
            notification.run();
        }
    }

    private static <T extends Throwable> Optional<T> find(Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }
}
