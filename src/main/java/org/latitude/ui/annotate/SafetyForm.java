package org.latitude.ui.annotate;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.latitude.annotation.Answer;
import org.latitude.annotation.AnswerRules;
import org.latitude.annotation.SafetyAnswer;
import org.latitude.annotation.Verdict;
import org.latitude.annotation.WorkItem;
import org.latitude.taxonomy.HazardCategory;

/**
 * The {@code SAFETY_LABEL} form: prompt verdict, response verdict (hidden without a response), violated categories,
 * confidence and rationale. Its sections carry what {@code frontend/js/workspace.js} needs to run the keys in the
 * browser: {@code data-section}, the hint, and which options call for categories ({@code data-flagging}). Every change
 * is announced in the workspace's live region.
 */
class SafetyForm extends Div implements LabelForm {

    private final RadioButtonGroup<Verdict> prompt = verdicts("prompt-verdict", "Prompt (P)", Verdict.SAFE,
            Verdict.UNSAFE);
    private final RadioButtonGroup<Verdict> response = verdicts("response-verdict", "Response (R)", Verdict.SAFE,
            Verdict.UNSAFE, Verdict.NEEDS_CAUTION);
    private final RadioButtonGroup<Integer> confidence = new RadioButtonGroup<>("Confidence (F), optional");
    private final CategoryPicker categories;
    private final TextArea rationale = new RationaleField();
    private final FocusTarget verdictArea;
    private boolean hasResponse = true;

    SafetyForm(List<HazardCategory> taxonomy, Announcer announcer) {
        setId("safety-form");
        addClassName("label-form");
        categories = new CategoryPicker(taxonomy, announcer);
        Span hint = new Span();
        hint.setId("section-hint");
        hint.addClassName("section-hint");
        verdictArea = new FocusTarget("Label form. Digits choose in the highlighted section; press ? for all keys.",
                hint, prompt, response);
        verdictArea.setId("verdict-area");
        section(prompt, "prompt", "Prompt: 1 safe · 2 unsafe");
        section(response, "response", "Response: 1 safe · 2 unsafe · 3 needs caution");
        confidence.setId("confidence");
        confidence.setItems(1, 2, 3, 4, 5);
        confidence.addClassName("form-section");
        section(confidence, "confidence", "Confidence: 1 (guessing) … 5 (certain) · 0 clears");
        Span heading = new Span("Violated categories (C)");
        heading.addClassName("section-title");
        Div categoryHeader = new Div(heading, categories.search(), categories.searchStatus(), categories.pending(),
                categories.chips());
        categoryHeader.addClassNames("form-section", "category-header");
        section(categoryHeader, "categories", "Categories: type a category's number to toggle it · / searches");
        section(categories.list(), "categories", null);
        add(verdictArea, categoryHeader, categories.list(), confidence, rationale);
        announceChanges(announcer);
        com.vaadin.flow.component.Shortcuts.addShortcutListener(categories.search(), this::searchEnter,
                com.vaadin.flow.component.Key.ENTER).listenOn(categories.search());
    }

    private static RadioButtonGroup<Verdict> verdicts(String id, String label, Verdict... options) {
        RadioButtonGroup<Verdict> group = new RadioButtonGroup<>(label);
        group.setId(id);
        group.setItems(options);
        group.setItemLabelGenerator(v -> (v.ordinal() + 1) + "  " + v.label());
        group.addClassName("form-section");
        group.getElement().setAttribute("data-flagging", Arrays.stream(options).filter(v -> v != Verdict.SAFE)
                .map(v -> String.valueOf(v.ordinal() + 1)).collect(Collectors.joining(" ")));
        return group;
    }

    /** Marks a part of the form as a keyboard section for the browser's key handling. */
    static void section(Component part, String name, String hint) {
        part.getElement().setAttribute("data-section", name);
        if (hint != null) {
            part.getElement().setAttribute("data-hint", hint);
        }
    }

    /** Says what a key or click chose; values the server sets (a new item, an edit) are not announced. */
    private void announceChanges(Announcer announcer) {
        prompt.addValueChangeListener(e -> announcer.sayIf(e.isFromClient(), "Prompt: " + label(e.getValue())));
        response.addValueChangeListener(e -> announcer.sayIf(e.isFromClient(), "Response: " + label(e.getValue())));
        confidence.addValueChangeListener(e -> announcer.sayIf(e.isFromClient(),
                e.getValue() == null ? "Confidence cleared" : "Confidence: " + e.getValue()));
    }

    private static String label(Verdict v) {
        return v == null ? "cleared" : v.label().toLowerCase(java.util.Locale.ROOT);
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

    /** Enter in the search field: toggle the highlighted match and go back to the keys; stay when none is. */
    void searchEnter() {
        if (categories.toggleHighlighted().isPresent()) {
            verdictArea.focus();
        }
    }

    CategoryPicker categories() {
        return categories;
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
