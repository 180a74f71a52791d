package org.latitude.ui.annotate;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
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
import java.util.Set;
import org.latitude.taxonomy.CategoryTier;
import org.latitude.taxonomy.HazardCategory;
import org.latitude.ui.annotate.CategorySearch.Match;
import org.latitude.ui.annotate.CategorySearch.Where;

/**
 * The violated categories of the campaign's taxonomy version, grouped core / fine-grained / catch-all, each numbered
 * for the keyboard (one digit when there are at most nine, else two: "0", "4" toggles 04; the browser types them, see
 * {@code frontend/js/workspace.js}), with the definition as a tooltip on hover or focus and under the list for the
 * category last toggled, and the ticked ones as removable chips above the list. The search lists its matches ranked
 * ({@link CategorySearch}) and highlights one; Enter toggles only that highlighted match (arrow keys move it), and
 * every toggle is announced.
 */
class CategoryPicker {

    private final Map<String, Checkbox> boxes = new LinkedHashMap<>();
    private final List<HazardCategory> ordered = new ArrayList<>();
    private final TextField search = new TextField();
    private final Span searchStatus = new Span();
    private final Div list = new Div();
    private final Span pending = new Span();
    private final Span definition = new Span();
    private final Announcer announcer;
    private List<Match> matches = List.of();
    private int highlighted = -1;
    private boolean loading;
    private final Div chips = new Div();

    CategoryPicker(List<HazardCategory> categories, Announcer announcer) {
        this.announcer = announcer;
        search.setId("category-search");
        search.setPlaceholder("Search categories ( / )");
        search.setAriaLabel("Search categories");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.EAGER);
        search.addValueChangeListener(e -> filter(e.getValue()));
        search.setWidthFull();
        Shortcuts.addShortcutListener(search, () -> move(1), Key.ARROW_DOWN).listenOn(search);
        Shortcuts.addShortcutListener(search, () -> move(-1), Key.ARROW_UP).listenOn(search);
        Shortcuts.addShortcutListener(search, search::clear, Key.ESCAPE).listenOn(search);
        searchStatus.setId("category-search-status");
        searchStatus.addClassName("category-search-status");
        searchStatus.getElement().setAttribute("aria-live", "polite");
        list.setId("category-list");
        list.addClassName("category-list");
        for (CategoryTier tier : CategoryTier.values()) {
            categories.stream().filter(c -> c.tier() == tier).forEach(ordered::add);
        }
        ordered.forEach(this::add);
        // the browser types category numbers (frontend/js/workspace.js) and says here what it waits for
        pending.setId("category-pending");
        pending.addClassName("category-pending");
        pending.getElement().setAttribute("data-waiting", "Category {0}_ (type the second digit, Esc cancels)");
        pending.getElement().setAttribute("data-missing", "No category number {0}.");
        chips.setId("category-chips");
        chips.addClassName("category-chips");
        chips.getElement().setAttribute("role", "group");
        chips.getElement().setAttribute("aria-label", "Selected categories");
        definition.setId("category-definition");
        definition.addClassName("category-definition");
        showAll();
        showChips();
    }

    private void add(HazardCategory c) {
        String number = number(ordered.indexOf(c) + 1);
        Checkbox box = new Checkbox(number + "  " + c.name());
        box.setId("category-" + c.key());
        box.addClassName("category");
        box.getElement().setAttribute("data-number", number);
        Tooltip.forComponent(box).withText(c.definition()).withHoverDelay(300);
        box.addValueChangeListener(e -> {
            definition.setText(c.name() + ": " + c.definition());
            if (!loading) {
                announcer.say(c.name() + (e.getValue() ? " ticked" : " unticked") + " · " + selected().size()
                        + " selected");
                showChips();
            }
        });
        boxes.put(c.key(), box);
    }

    /** The ticked categories as chips above the list, so a tick never scrolls out of sight; each one unticks. */
    private void showChips() {
        chips.removeAll();
        List<HazardCategory> ticked = ordered.stream().filter(c -> boxes.get(c.key()).getValue()).toList();
        if (ticked.isEmpty()) {
            Span none = new Span("None selected");
            none.addClassName("category-chips-empty");
            chips.add(none);
        }
        for (HazardCategory c : ticked) {
            Button chip = new Button(number(ordered.indexOf(c) + 1) + " " + c.name(), VaadinIcon.CLOSE_SMALL.create(),
                    e -> toggle(c.key()));
            chip.setIconAfterText(true);
            chip.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
            chip.addClassName("category-chip");
            chip.setAriaLabel("Remove " + c.name());
            chip.getElement().addEventListener("keydown", e -> toggle(c.key()))
                    .setFilter("event.key === 'Delete' || event.key === 'Backspace'");
            chips.add(chip);
        }
    }

    /** Where the browser says which category number it waits for. */
    Span pending() {
        return pending;
    }

    Div chips() {
        return chips;
    }

    TextField search() {
        return search;
    }

    /** What Enter in the search would toggle, or why nothing; under the search field. */
    Span searchStatus() {
        return searchStatus;
    }

    Div list() {
        return list;
    }

    boolean isEmpty() {
        return boxes.isEmpty();
    }

    String number(int n) {
        return ordered.size() > 9 ? String.format(Locale.ROOT, "%02d", n) : String.valueOf(n);
    }

    void toggle(String key) {
        Checkbox box = boxes.get(key);
        box.setValue(!box.getValue());
    }

    /**
     * Enter in the search: toggles the highlighted match and clears the search. Nothing is toggled when nothing is
     * highlighted (no query, or no match); the status then says so.
     */
    Optional<String> toggleHighlighted() {
        if (highlighted < 0) {
            searchStatus.setText(search.isEmpty() ? "Type part of a category's name, then Enter."
                    : "No category matches \u201C" + search.getValue().strip() + "\u201D: nothing was ticked.");
            return Optional.empty();
        }
        String key = matches.get(highlighted).category().key();
        toggle(key);
        search.clear();
        return Optional.of(key);
    }

    /** The key Enter would toggle now, if any. */
    Optional<String> highlightedKey() {
        return highlighted < 0 ? Optional.empty() : Optional.of(matches.get(highlighted).category().key());
    }

    List<String> selected() {
        return boxes.entrySet().stream().filter(e -> e.getValue().getValue()).map(Map.Entry::getKey).sorted().toList();
    }

    void select(Collection<String> keys) {
        loading = true;
        boxes.forEach((key, box) -> box.setValue(keys.contains(key)));
        loading = false;
        definition.setText("");
        showChips();
    }

    Set<String> keys() {
        return boxes.keySet();
    }

    private void filter(String query) {
        matches = CategorySearch.rank(ordered, query);
        if (CategorySearch.normalise(query).isEmpty()) {
            showAll();
            return;
        }
        list.removeAll();
        addMatches(Where.NAME, "Matching names");
        addMatches(Where.DEFINITION, "Found in the definition");
        list.add(definition);
        highlight(matches.isEmpty() ? -1 : 0);
    }

    private void addMatches(Where where, String title) {
        List<Match> found = matches.stream().filter(m -> m.where() == where).toList();
        if (!found.isEmpty()) {
            list.add(heading(title));
            found.forEach(m -> list.add(boxes.get(m.category().key())));
        }
    }

    private void showAll() {
        list.removeAll();
        matches = List.of();
        highlight(-1);
        for (CategoryTier tier : CategoryTier.values()) {
            List<HazardCategory> inTier = ordered.stream().filter(c -> c.tier() == tier).toList();
            if (!inTier.isEmpty()) {
                list.add(heading(switch (tier) {
                    case CORE -> "Core";
                    case FINE_GRAINED -> "Fine-grained";
                    case CATCH_ALL -> "Other";
                }));
                inTier.forEach(c -> list.add(boxes.get(c.key())));
            }
        }
        list.add(definition);
    }

    private static H4 heading(String text) {
        H4 heading = new H4(text);
        heading.addClassName("category-group");
        return heading;
    }

    private void move(int by) {
        if (!matches.isEmpty()) {
            highlight(Math.floorMod(highlighted + by, matches.size()));
        }
    }

    private void highlight(int index) {
        boxes.values().forEach(b -> b.removeClassName("search-highlight"));
        highlighted = index;
        if (index < 0) {
            searchStatus.setText(search.isEmpty() ? "" : "No category matches \u201C" + search.getValue().strip()
                    + "\u201D.");
            return;
        }
        HazardCategory c = matches.get(index).category();
        Checkbox box = boxes.get(c.key());
        box.addClassName("search-highlight");
        box.scrollIntoView();
        searchStatus.setText("Enter " + (box.getValue() ? "unticks" : "ticks") + ": " + number(ordered.indexOf(c) + 1)
                + " " + c.name() + (matches.size() > 1 ? " · \u2193 \u2191 choose among " + matches.size()
                + " matches" : ""));
    }
}
