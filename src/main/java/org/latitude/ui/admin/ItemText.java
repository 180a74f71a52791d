package org.latitude.ui.admin;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.stream.Collectors;
import org.latitude.dataset.Item;
import org.latitude.dataset.ItemDetails;
import org.latitude.dataset.ItemKind;
import org.latitude.dataset.Turn;

/**
 * One item as plain text: each turn under its role, a pair's two responses, the source's reference labels and
 * metadata. Item text is adversarial, so it is only ever set with {@code setText} (never as HTML).
 */
class ItemText extends Div {

    ItemText() {
        setId("item-details");
    }

    void show(ItemDetails details) {
        removeAll();
        if (details == null) {
            return;
        }
        Item item = details.item();
        add(new H4(item.externalId() + " · " + (item.kind() == ItemKind.PAIR ? "pair" : "exchange")));
        for (Turn turn : item.turns()) {
            add(block(turn.role().fileName(), turn.content()));
        }
        if (item.kind() == ItemKind.PAIR) {
            add(block("response A", item.responseA()), block("response B", item.responseB()));
        } else if (item.response().isEmpty()) {
            add(new Paragraph("(no response)"));
        }
        if (!details.referenceLabels().isEmpty()) {
            add(block("reference judgment from the source (never shown to annotators)", details.referenceLabels()
                    .stream().map(l -> l.judgment() + " · " + l.field() + " = " + l.value())
                    .collect(Collectors.joining("\n"))));
        }
        if (item.sourceMetadata() != null) {
            add(block("source metadata", item.sourceMetadata()));
        }
    }

    private static Div block(String label, String text) {
        Span role = new Span(label);
        role.getStyle().set("font-weight", "600").set("display", "block");
        Div content = new Div();
        content.addClassName("item-text");
        content.setText(text);
        content.getStyle().set("white-space", "pre-wrap").set("overflow-wrap", "anywhere")
                .set("border-left", "3px solid var(--lumo-contrast-20pct)").set("padding-left", "var(--lumo-space-s)");
        Div block = new Div(role, content);
        block.getStyle().set("margin-bottom", "var(--lumo-space-s)");
        return block;
    }
}
