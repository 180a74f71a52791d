package org.latitude.ui.annotate;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.shared.Tooltip;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.latitude.taxonomy.CategoryTier;
import org.latitude.taxonomy.HazardCategory;

/**
 * The violated categories of the campaign's taxonomy version, grouped core / fine-grained / catch-all, each numbered
 * for the keyboard (one digit when there are at most nine, else two: "0", "4" toggles 04), searchable, with the
 * definition as a tooltip on hover or focus and under the list for the category last toggled.
 */
class CategoryPicker {

    private final Map<String, Checkbox> boxes = new LinkedHashMap<>();
    private final Map<String, HazardCategory> byKey = new LinkedHashMap<>();
    private final List<String> numbered = new ArrayList<>();
    private final TextField search = new TextField();
    private final Div list = new Div();
    private final Span pending = new Span();
    private final Span definition = new Span();
    private Integer firstDigit;

    CategoryPicker(List<HazardCategory> categories) {
        search.setId("category-search");
        search.setPlaceholder("Search categories ( / )");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.EAGER);
        search.addValueChangeListener(e -> filter(e.getValue()));
        search.setWidthFull();
        list.setId("category-list");
        list.addClassName("category-list");
        for (CategoryTier tier : CategoryTier.values()) {
            categories.stream().filter(c -> c.tier() == tier).forEach(c -> numbered.add(c.key()));
        }
        for (CategoryTier tier : CategoryTier.values()) {
            List<HazardCategory> inTier = categories.stream().filter(c -> c.tier() == tier).toList();
            if (!inTier.isEmpty()) {
                H4 heading = new H4(switch (tier) {
                    case CORE -> "Core";
                    case FINE_GRAINED -> "Fine-grained";
                    case CATCH_ALL -> "Other";
                });
                heading.addClassName("category-group");
                list.add(heading);
                inTier.forEach(this::add);
            }
        }
        pending.setId("category-pending");
        pending.addClassName("category-pending");
        definition.setId("category-definition");
        definition.addClassName("category-definition");
        list.add(pending, definition);
    }

    private void add(HazardCategory c) {
        byKey.put(c.key(), c);
        Checkbox box = new Checkbox(number(numbered.indexOf(c.key()) + 1) + "  " + c.name());
        box.setId("category-" + c.key());
        box.addClassName("category");
        Tooltip.forComponent(box).withText(c.definition()).withHoverDelay(300);
        box.addValueChangeListener(e -> definition.setText(c.name() + ": " + c.definition()));
        boxes.put(c.key(), box);
        list.add(box);
    }

    TextField search() {
        return search;
    }

    Div list() {
        return list;
    }

    boolean isEmpty() {
        return boxes.isEmpty();
    }

    String number(int n) {
        return numbered.size() > 9 ? String.format(Locale.ROOT, "%02d", n)
                : String.valueOf(n);
    }

    /** A digit typed in the categories section; returns the key toggled, if the digits completed a number. */
    Optional<String> digit(int d) {
        int count = numbered.size();
        int n;
        if (count <= 9) {
            n = d;
        } else if (firstDigit == null) {
            firstDigit = d;
            pending.setText("Category " + d + "_ (type the second digit, Esc cancels)");
            return Optional.empty();
        } else {
            n = firstDigit * 10 + d;
            firstDigit = null;
            pending.setText("");
        }
        if (n < 1 || n > count) {
            pending.setText("No category number " + number(n) + ".");
            return Optional.empty();
        }
        String key = numbered.get(n - 1);
        toggle(key);
        return Optional.of(key);
    }

    void cancelPending() {
        firstDigit = null;
        pending.setText("");
    }

    void toggle(String key) {
        Checkbox box = boxes.get(key);
        box.setValue(!box.getValue());
    }

    /** Toggles the first category the search shows, then clears the search; empty when nothing matches. */
    Optional<String> toggleFirstMatch() {
        if (search.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> first = boxes.entrySet().stream().filter(e -> e.getValue().isVisible()).map(Map.Entry::getKey)
                .findFirst();
        first.ifPresent(this::toggle);
        search.clear();
        return first;
    }

    List<String> selected() {
        return boxes.entrySet().stream().filter(e -> e.getValue().getValue()).map(Map.Entry::getKey)
                .collect(java.util.stream.Collectors.toCollection(TreeSet::new)).stream().toList();
    }

    void select(Collection<String> keys) {
        boxes.forEach((key, box) -> box.setValue(keys.contains(key)));
        cancelPending();
        definition.setText("");
    }

    java.util.Set<String> keys() {
        return byKey.keySet();
    }

    private void filter(String query) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        boxes.forEach((key, box) -> {
            HazardCategory c = byKey.get(key);
            box.setVisible(q.isEmpty() || (c.key() + " " + c.name() + " " + c.definition() + " "
                    + String.join(" ", c.aliases())).toLowerCase(Locale.ROOT).contains(q));
        });
    }
}
