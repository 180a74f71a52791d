package org.latitude.ui.annotate;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;

/**
 * The workspace's keys that need the server, on Vaadin's shortcuts: Ctrl+Enter submits, S asks for a skip reason, H
 * opens the history, ? the key list, Esc cancels an edit or leaves a text field or panel. They listen only on the "key
 * areas" (transcript, choices, category list, buttons) and never on text fields, so typing a rationale or a search
 * never skips an item; Ctrl+Enter also listens on the text fields. The labelling keys themselves (digits, section
 * letters) run in the browser: {@code frontend/js/workspace.js}.
 */
final class WorkspaceKeys {

    private final Component owner;
    private final Component[] areas;

    WorkspaceKeys(Component owner, Component... areas) {
        this.owner = owner;
        this.areas = areas.clone();
    }

    /** A letter key (a–z), without modifiers, on the key areas. */
    void letter(char letter, Runnable action) {
        on(Key.of(String.valueOf(letter), "Key" + Character.toUpperCase(letter)), action);
    }

    void on(Key key, Runnable action, KeyModifier... modifiers) {
        Shortcuts.addShortcutListener(owner, action::run, key, modifiers).listenOn(areas);
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
