package org.latitude.ui.annotate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** The "?" overlay: every key of the workspace. The same scheme is described in docs/user-guide.md. */
class ShortcutsHelp extends Dialog {

    private static final String[][] KEYS = {
        {"1 2", "prompt verdict: safe, unsafe (section P)"},
        {"1 2 3", "response verdict: safe, unsafe, needs caution (section R)"},
        {"digits", "categories: type a category's number to toggle it; with more than nine categories, two digits "
            + "(0 4 toggles 04); Esc cancels a half-typed number (section C)"},
        {"1 … 5, 0", "confidence from guessing to certain; 0 clears it (section F)"},
        {"1 2 3", "pairs: left is better, right is better, tie"},
        {"P R C F", "go to the prompt, response, categories or confidence section"},
        {"/", "search the categories (names first, then definitions); \u2193 \u2191 highlight a match; Enter toggles the "
            + "highlighted one and returns; Esc clears and returns"},
        {"N", "write a rationale; Esc returns to the keys (digits type text there)"},
        {"Ctrl+Enter", "submit (also from the rationale); the next item appears with the keys ready"},
        {"S", "skip this item with a reason"},
        {"B", "return this item without penalty: not a skip, and it does not come back to you"},
        {"E", "your exposure log: items of each sensitive category today and this week"},
        {"V", "show blurred responses"},
        {"G", "open or close the guidelines"},
        {"H", "your recent annotations, to edit one"},
        {"?", "this help; Esc closes it"},
    };

    ShortcutsHelp() {
        setId("shortcuts-help");
        setHeaderTitle("Keyboard shortcuts");
        Div table = new Div();
        table.addClassName("shortcut-table");
        for (String[] row : KEYS) {
            Span key = new Span(row[0]);
            key.addClassName("shortcut-key");
            Span what = new Span(row[1]);
            table.add(key, what);
        }
        add(new Paragraph("Single keys work while the form has focus (it has after every item). They never act "
                + "while you type in the rationale or the search."), table);
        Button close = new Button("Close", e -> close());
        close.setId("close-shortcuts");
        getFooter().add(close);
    }
}
