package org.latitude.ui.annotate;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.ShortcutRegistration;
import com.vaadin.flow.component.Shortcuts;
import java.util.function.IntConsumer;

/**
 * The workspace's keyboard scheme, on Vaadin's server-side shortcuts. Single keys (digits, letters) listen only on the
 * "key areas" (transcript, choices, category list, buttons) and never on text fields, so typing a rationale or a search
 * never picks a verdict; Ctrl+Enter also listens on the text fields, and Escape leaves them.
 */
final class WorkspaceKeys {

    private final Component owner;
    private final Component[] areas;

    WorkspaceKeys(Component owner, Component... areas) {
        this.owner = owner;
        this.areas = areas.clone();
    }

    /** Digits 0–9 (top row and keypad) go to {@code digit}. */
    void digits(IntConsumer digit) {
        for (int d = 0; d <= 9; d++) {
            int value = d;
            on(Key.of(String.valueOf(d), "Digit" + d, "Numpad" + d), () -> digit.accept(value));
        }
    }

    /** A letter key (a–z), without modifiers. */
    void letter(char letter, Runnable action) {
        on(Key.of(String.valueOf(letter), "Key" + Character.toUpperCase(letter)), action);
    }

    ShortcutRegistration on(Key key, Runnable action, KeyModifier... modifiers) {
        return Shortcuts.addShortcutListener(owner, action::run, key, modifiers).listenOn(areas);
    }

    /** "?" on any layout: with and without Shift. */
    void question(Runnable action) {
        on(Key.of("?"), action);
        on(Key.of("?"), action, KeyModifier.SHIFT);
    }

    /** Ctrl+Enter (and Cmd+Enter) on {@code fields}, syncing the field's value before the action runs. */
    static void submitFrom(Component owner, Runnable action, Component... fields) {
        for (KeyModifier m : new KeyModifier[] {KeyModifier.CONTROL, KeyModifier.META}) {
            Shortcuts.addShortcutListener(owner, action::run, Key.ENTER, m).listenOn(fields)
                    .setResetFocusOnActiveElement(true);
        }
    }

    /** A letter key on {@code area} alone runs {@code action}. */
    static void keyFrom(Component area, char letter, Runnable action) {
        Shortcuts.addShortcutListener(area, action::run, Key.of(String.valueOf(letter), "Key"
                + Character.toUpperCase(letter))).listenOn(area);
    }

    /** Escape on {@code field} runs {@code action} (e.g. back to the key area). */
    static void escapeFrom(Component field, Runnable action) {
        Shortcuts.addShortcutListener(field, action::run, Key.ESCAPE).listenOn(field);
    }
}
