package org.latitude.ui.annotate;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Map;
import java.util.function.Supplier;
import org.latitude.assignment.CategoryExposure;
import org.latitude.assignment.MyExposure;

/**
 * The annotator's own exposure log (loaded when opened and after each item while open): how many items of each
 * sensitive category they were shown today and this week, the daily cap and which caps are reached, and their
 * opt-outs with the way to change them. Only their own numbers: the service knows no other person here.
 */
class ExposurePanel extends Details {

    private final Div body = new Div();
    private final Supplier<MyExposure> source;
    private final Map<String, String> names;

    ExposurePanel(Supplier<MyExposure> source, Map<String, String> names) {
        super("Your exposure (E)");
        this.source = source;
        this.names = names;
        setId("exposure");
        addClassName("exposure");
        body.addClassName("exposure-body");
        add(body);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                refresh();
            }
        });
    }

    void refreshIfOpen() {
        if (isOpened()) {
            refresh();
        }
    }

    void refresh() {
        body.removeAll();
        MyExposure log = source.get();
        if (log.categories().isEmpty()) {
            body.add(new Span("This campaign marks no category as sensitive, so there is nothing to count."));
        } else {
            Div table = new Div(cell("Category", "exposure-head"), cell("Today", "exposure-head"),
                    cell("This week", "exposure-head"));
            table.addClassName("exposure-table");
            table.getElement().setAttribute("role", "table");
            for (CategoryExposure c : log.categories()) {
                Span name = cell(name(c.categoryKey()) + (c.capReached() ? " (today's limit reached)" : ""),
                        "exposure-category");
                table.add(name, cell(String.valueOf(c.today()), "exposure-today"),
                        cell(String.valueOf(c.thisWeek()), "exposure-week"));
            }
            body.add(table, new Span(log.dailyCap() == null ? "No daily limit per category in this campaign."
                    : "Daily limit: " + log.dailyCap() + " items of each category; then you get other items."));
        }
        if (!log.optOutAllowed().isEmpty()) {
            String mine = log.optedOut().isEmpty() ? "none" : String.join(", ", log.optedOut().stream()
                    .map(this::name).sorted().toList());
            Anchor account = new Anchor("account", "change them in your account");
            account.setId("exposure-account-link");
            body.add(new Div(new Span("Categories you opted out of: " + mine + " — "), account));
        }
    }

    private String name(String key) {
        return names.getOrDefault(key, key);
    }

    private static Span cell(String text, String className) {
        Span s = new Span(text);
        s.addClassName(className);
        return s;
    }
}
