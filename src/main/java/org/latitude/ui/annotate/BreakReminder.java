package org.latitude.ui.annotate;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Reminds the annotator to pause after the campaign's break interval of continuous work. The page polls the server
 * once a minute while the workspace is open; "I'm back" restarts the interval.
 */
class BreakReminder extends Div {

    static final int POLL_MS = 60_000;
    private final Clock clock;
    private final Duration interval;
    private final Runnable onDismiss;
    private Instant since;
    private Registration poll;

    BreakReminder(Clock clock, Integer minutes, Runnable onDismiss) {
        this.clock = clock;
        this.interval = minutes == null || minutes <= 0 ? null : Duration.ofMinutes(minutes);
        this.onDismiss = onDismiss;
        this.since = clock.instant();
        setId("break-reminder");
        addClassName("break-reminder");
        getElement().setAttribute("role", "status");
        Button back = new Button("I'm back", e -> dismiss());
        back.setId("break-back");
        back.addThemeVariants(ButtonVariant.LUMO_SMALL);
        add(new Span("You have been annotating for a while. Step away from the screen for a few minutes: "
                + "look into the distance, stretch, drink some water."), back);
        setVisible(false);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (interval != null) {
            event.getUI().setPollInterval(POLL_MS);
            poll = event.getUI().addPollListener(e -> check(clock.instant()));
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (poll != null) {
            poll.remove();
            event.getUI().setPollInterval(-1);
        }
    }

    /** Shows the reminder once the interval has passed since the start or the last break. */
    void check(Instant now) {
        if (interval != null && !isVisible() && !now.isBefore(since.plus(interval))) {
            setVisible(true);
        }
    }

    void dismiss() {
        since = clock.instant();
        setVisible(false);
        onDismiss.run();
    }
}
