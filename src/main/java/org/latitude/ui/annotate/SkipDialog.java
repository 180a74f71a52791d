package org.latitude.ui.annotate;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;

/** Skip with a reason: type one (Enter confirms) or pick a common one; Esc cancels. */
class SkipDialog extends Dialog {

    private final TextField reason = new TextField("Why do you skip this item?");

    SkipDialog(Consumer<String> onSkip) {
        setId("skip-dialog");
        setHeaderTitle("Skip this item");
        reason.setId("skip-reason");
        reason.setWidthFull();
        reason.setMaxLength(1000);
        Div quick = new Div();
        quick.addClassName("skip-reasons");
        for (String common : new String[] {"Too distressing for me right now", "I cannot judge this one",
            "The item is broken or unreadable"}) {
            Button b = new Button(common, e -> confirm(onSkip, common));
            b.addThemeVariants(ButtonVariant.LUMO_SMALL);
            quick.add(b);
        }
        Shortcuts.addShortcutListener(reason, () -> confirm(onSkip, reason.getValue()), Key.ENTER).listenOn(reason)
                .setResetFocusOnActiveElement(true);
        add(reason, quick);
        Button skip = new Button("Skip", e -> confirm(onSkip, reason.getValue()));
        skip.setId("confirm-skip");
        skip.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel (Esc)", e -> close()), skip);
        setWidth("32rem");
    }

    void ask() {
        reason.clear();
        reason.setInvalid(false);
        open();
        reason.focus();
    }

    private void confirm(Consumer<String> onSkip, String why) {
        if (why == null || why.isBlank()) {
            reason.setErrorMessage("Say briefly why, or pick one of the common reasons.");
            reason.setInvalid(true);
            return;
        }
        close();
        onSkip.accept(why.strip());
    }
}
