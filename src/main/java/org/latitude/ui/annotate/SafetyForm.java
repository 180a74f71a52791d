package org.latitude.ui.annotate;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Map;
import org.latitude.annotation.Answer;
import org.latitude.annotation.AnswerRules;
import org.latitude.annotation.SafetyAnswer;
import org.latitude.annotation.Verdict;
import org.latitude.annotation.WorkItem;
import org.latitude.taxonomy.HazardCategory;

/**
 * The {@code SAFETY_LABEL} form: prompt verdict, response verdict (hidden without a response), violated categories,
 * confidence and rationale. Digits act on the active section, which advances by itself (prompt → response →
 * categories when a verdict is unsafe, else confidence); P, R, C and F jump to a section.
 */
class SafetyForm extends Div implements LabelForm {

    enum Section { PROMPT, RESPONSE, CATEGORIES, CONFIDENCE }

    private static final Map<Section, String> HINTS = Map.of(
            Section.PROMPT, "Prompt: 1 safe · 2 unsafe",
            Section.RESPONSE, "Response: 1 safe · 2 unsafe · 3 needs caution",
            Section.CATEGORIES, "Categories: type a category's number to toggle it · / searches",
            Section.CONFIDENCE, "Confidence: 1 (guessing) … 5 (certain) · 0 clears");

    private final RadioButtonGroup<Verdict> prompt = verdicts("prompt-verdict", "Prompt (P)", Verdict.SAFE,
            Verdict.UNSAFE);
    private final RadioButtonGroup<Verdict> response = verdicts("response-verdict", "Response (R)", Verdict.SAFE,
            Verdict.UNSAFE, Verdict.NEEDS_CAUTION);
    private final RadioButtonGroup<Integer> confidence = new RadioButtonGroup<>("Confidence (F), optional");
    private final CategoryPicker categories;
    private final TextArea rationale = new RationaleField();
    private final Span hint = new Span();
    private final FocusTarget verdictArea;
    private final Div categoryHeader;
    private Section active = Section.PROMPT;
    private boolean hasResponse = true;

    SafetyForm(List<HazardCategory> taxonomy, Announcer announcer) {
        setId("safety-form");
        addClassName("label-form");
        categories = new CategoryPicker(taxonomy, announcer);
        hint.setId("section-hint");
        hint.addClassName("section-hint");
        verdictArea = new FocusTarget("Label form. Digits choose in the highlighted section; press ? for all keys.",
                hint, prompt, response);
        verdictArea.setId("verdict-area");
        confidence.setId("confidence");
        confidence.setItems(1, 2, 3, 4, 5);
        confidence.addClassName("form-section");
        Span heading = new Span("Violated categories (C)");
        heading.addClassName("section-title");
        categoryHeader = new Div(heading, categories.search(), categories.searchStatus());
        categoryHeader.addClassNames("form-section", "category-header");
        add(verdictArea, categoryHeader, categories.list(), confidence, rationale);
        prompt.addValueChangeListener(e -> { if (e.isFromClient()) { advanceFrom(Section.PROMPT); } });
        response.addValueChangeListener(e -> { if (e.isFromClient()) { advanceFrom(Section.RESPONSE); } });
        com.vaadin.flow.component.Shortcuts.addShortcutListener(categories.search(), this::searchEnter,
                com.vaadin.flow.component.Key.ENTER).listenOn(categories.search());
        activate(Section.PROMPT);
    }

    private static RadioButtonGroup<Verdict> verdicts(String id, String label, Verdict... options) {
        RadioButtonGroup<Verdict> group = new RadioButtonGroup<>(label);
        group.setId(id);
        group.setItems(options);
        group.setItemLabelGenerator(v -> (v.ordinal() + 1) + "  " + v.label());
        group.addClassName("form-section");
        return group;
    }

    @Override
    public void show(WorkItem work) {
        load(work, new SafetyAnswer(null, null, List.of(), null, null));
    }

    @Override
    public void load(WorkItem work, Answer answer) {
        SafetyAnswer a = (SafetyAnswer) answer;
        hasResponse = work.hasResponse();
        response.setVisible(hasResponse);
        prompt.setValue(a.promptVerdict());
        response.setValue(hasResponse ? a.responseVerdict() : null);
        categories.select(a.categories());
        confidence.setValue(a.confidence());
        rationale.setValue(a.rationale() == null ? "" : a.rationale());
        categories.search().clear();
        activate(Section.PROMPT);
    }

    @Override
    public SafetyAnswer answer() {
        return new SafetyAnswer(prompt.getValue(), hasResponse ? response.getValue() : null, categories.selected(),
                rationale.getValue(), confidence.getValue());
    }

    @Override
    public List<String> problems() {
        return AnswerRules.problems(answer(), hasResponse, categories.keys());
    }

    @Override
    public void digit(int d) {
        switch (active) {
            case PROMPT -> {
                if (d == 1 || d == 2) {
                    prompt.setValue(d == 1 ? Verdict.SAFE : Verdict.UNSAFE);
                    advanceFrom(Section.PROMPT);
                }
            }
            case RESPONSE -> {
                if (d >= 1 && d <= 3) {
                    response.setValue(Verdict.values()[d - 1]);
                    advanceFrom(Section.RESPONSE);
                }
            }
            case CATEGORIES -> categories.digit(d);
            case CONFIDENCE -> {
                if (d <= 5) {
                    confidence.setValue(d == 0 ? null : d);
                }
            }
        }
    }

    private void advanceFrom(Section section) {
        if (section == Section.PROMPT && hasResponse) {
            activate(Section.RESPONSE);
        } else if (answer().anyUnsafe() || response.getValue() == Verdict.NEEDS_CAUTION) {
            activate(Section.CATEGORIES);
        } else if (prompt.getValue() != null && (!hasResponse || response.getValue() != null)) {
            activate(Section.CONFIDENCE);
        }
    }

    @Override
    public boolean section(char letter) {
        Section s = switch (letter) {
            case 'p' -> Section.PROMPT;
            case 'r' -> hasResponse ? Section.RESPONSE : null;
            case 'c' -> Section.CATEGORIES;
            case 'f' -> Section.CONFIDENCE;
            default -> null;
        };
        if (s != null) {
            activate(s);
        }
        return s != null;
    }

    Section active() {
        return active;
    }

    private void activate(Section section) {
        active = section;
        categories.cancelPending();
        hint.setText(HINTS.get(section));
        Map<Section, Component> parts = Map.of(Section.PROMPT, prompt, Section.RESPONSE, response,
                Section.CATEGORIES, categoryHeader, Section.CONFIDENCE, confidence);
        parts.forEach((s, c) -> {
            c.getElement().getClassList().set("active-section", s == section);
            c.getElement().setAttribute("aria-current", s == section ? "step" : "false");
        });
        categories.list().getElement().getClassList().set("active-section", section == Section.CATEGORIES);
    }

    @Override
    public void escape() {
        categories.cancelPending();
    }

    @Override
    public void search() {
        activate(Section.CATEGORIES);
        categories.search().focus();
    }

    /** Enter in the search field: toggle the highlighted match and go back to the keys; stay when none is. */
    void searchEnter() {
        if (categories.toggleHighlighted().isPresent()) {
            verdictArea.focus();
        }
    }

    @Override
    public FocusTarget focusTarget() {
        return verdictArea;
    }

    @Override
    public List<Component> keyAreas() {
        return List.of(verdictArea, categories.list(), confidence);
    }

    @Override
    public TextArea rationale() {
        return rationale;
    }

    @Override
    public List<Component> textFields() {
        return List.of(categories.search());
    }
}
