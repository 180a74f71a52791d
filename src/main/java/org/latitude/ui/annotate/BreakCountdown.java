package org.latitude.ui.annotate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * An enforced break: the time left, counted down in the browser (so it ticks without server round trips), and
 * "Continue" that asks for the next item; the browser presses it itself when the countdown reaches zero. The server
 * decides: pressed early, it answers with the break again.
 */
final class BreakCountdown {

    private BreakCountdown() {
    }

    static Div until(Clock clock, Instant resumeAt, Runnable onContinue) {
        long ms = Math.max(0, Duration.between(clock.instant(), resumeAt).toMillis());
        Span left = new Span(format(ms));
        left.setId("break-countdown");
        left.addClassName("break-countdown");
        left.getElement().setAttribute("role", "timer");
        left.getElement().setAttribute("aria-label", "Time left in the break");
        Button resume = new Button("Continue", e -> onContinue.run());
        resume.setId("break-continue");
        Div box = new Div(left, resume);
        box.addClassName("break-box");
        left.getElement().executeJs("""
                const el = this, button = $1, end = Date.now() + $0;
                clearInterval(el.__tick);
                const tick = () => {
                  const s = Math.max(0, Math.ceil((end - Date.now()) / 1000));
                  el.textContent = Math.floor(s / 60) + ':' + String(s % 60).padStart(2, '0');
                  if (s === 0) { clearInterval(el.__tick); button.click(); }
                };
                el.__tick = setInterval(tick, 1000);""", ms + 1000, resume.getElement());
        return box;
    }

    /** m:ss, rounded up (a break is never shown as over early). */
    static String format(long ms) {
        long s = (ms + 999) / 1000;
        return s / 60 + ":" + String.format("%02d", s % 60);
    }
}
