package org.latitude.ui.annotate;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import org.latitude.dataset.Item;
import org.latitude.dataset.ItemKind;
import org.latitude.dataset.Turn;
import org.latitude.dataset.TurnRole;

/**
 * The item as a chat transcript: each turn with its role, content as plain text (line breaks kept, long content
 * scrollable). Content is adversarial, so it only ever goes through {@code setText}: never HTML, never Markdown. For a
 * pair, the context turns then the two responses side by side in the annotator's order.
 */
class Transcript extends Div {

    private boolean blur;

    Transcript() {
        setId("transcript");
        addClassName("transcript");
        getElement().setAttribute("aria-label", "The exchange to label");
    }

    void setBlurResponses(boolean blur) {
        this.blur = blur;
    }

    void show(Item item, boolean swapSides) {
        removeAll();
        getElement().setAttribute("data-item-id", String.valueOf(item.id()));
        getElement().setAttribute("data-external-id", item.externalId());
        Span ref = new Span("Item " + item.externalId());
        ref.addClassName("item-ref");
        add(ref);
        for (Turn turn : item.turns()) {
            add(turn(turn.role(), turn.content()));
        }
        if (item.kind() == ItemKind.PAIR) {
            String left = swapSides ? item.responseB() : item.responseA();
            String right = swapSides ? item.responseA() : item.responseB();
            Div pair = new Div(side("pair-left", "Left response", left), side("pair-right", "Right response", right));
            pair.addClassName("pair");
            add(pair);
        } else if (item.response().isEmpty()) {
            Span none = new Span("(no response: label the prompt only)");
            none.addClassName("no-response");
            add(none);
        }
    }

    private Component turn(TurnRole role, String content) {
        Span who = new Span(switch (role) {
            case USER -> "User";
            case ASSISTANT -> "Assistant";
            case SYSTEM -> "System";
        });
        who.addClassName("turn-role");
        Div box = new Div(who, content(content, role == TurnRole.ASSISTANT));
        box.addClassNames("turn", "turn-" + role.fileName());
        return box;
    }

    private Component side(String id, String title, String content) {
        H3 heading = new H3(title);
        heading.addClassName("side-title");
        Div box = new Div(heading, content(content, true));
        box.setId(id);
        box.addClassNames("turn", "turn-assistant", "pair-side");
        return box;
    }

    private Div content(String text, boolean response) {
        Div content = new Div();
        content.setText(text);
        content.addClassName("turn-content");
        if (response && blur) {
            content.addClassName("blurred");
            content.getElement().setAttribute("tabindex", "0");
            content.getElement().setAttribute("role", "button");
            content.getElement().setAttribute("aria-label", "Blurred response: click, Enter or V shows it");
            content.addClickListener(e -> unblur(content));
            content.getElement().addEventListener("keydown", e -> unblur(content))
                    .setFilter("event.key === 'Enter' || event.key === ' '");
        }
        return content;
    }

    private static void unblur(Div content) {
        content.removeClassName("blurred");
        content.getElement().removeAttribute("role");
        content.getElement().removeAttribute("aria-label");
    }
}
