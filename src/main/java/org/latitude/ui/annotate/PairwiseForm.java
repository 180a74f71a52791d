package org.latitude.ui.annotate;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.latitude.annotation.Answer;
import org.latitude.annotation.AnswerRules;
import org.latitude.annotation.PairwiseAnswer;
import org.latitude.annotation.Preference;
import org.latitude.annotation.WorkItem;

/**
 * The {@code PAIRWISE_PREFERENCE} form. The annotator chooses in screen terms (left / right / tie: digits 1 / 2 / 3);
 * the answer is converted to item terms (A / B) with the side order the item was shown in.
 */
class PairwiseForm extends Div implements LabelForm {

    enum Choice {
        LEFT("1  Left is better"), RIGHT("2  Right is better"), TIE("3  Tie: neither is better");

        private final String label;

        Choice(String label) {
            this.label = label;
        }

        /** The choice as the annotator saw it, for a stored preference; {@code swapped}: B was shown on the left. */
        static Choice shown(Preference p, boolean swapped) {
            if (p == null) {
                return null;
            }
            return switch (p) {
                case TIE -> TIE;
                case A -> swapped ? RIGHT : LEFT;
                case B -> swapped ? LEFT : RIGHT;
            };
        }

        /** "left is better" / "right is better" / "tie", without the key. */
        String words() {
            return label.substring(3).toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final RadioButtonGroup<Choice> choice = new RadioButtonGroup<>("Which response is better?");
    private final TextArea rationale = new RationaleField();
    private final FocusTarget area;
    private boolean swapped;

    PairwiseForm(Announcer announcer) {
        setId("pairwise-form");
        addClassName("label-form");
        choice.setId("preference");
        choice.setItems(Choice.values());
        choice.setItemLabelGenerator(c -> c.label);
        choice.addClassName("form-section");
        SafetyForm.section(choice, "preference", "Preference: 1 left · 2 right · 3 tie");
        choice.addValueChangeListener(e -> announcer.sayIf(e.isFromClient() && e.getValue() != null,
                e.getValue() == null ? "" : "Chosen: " + e.getValue().words()));
        Span hint = new Span();
        hint.setId("section-hint");
        hint.addClassName("section-hint");
        area = new FocusTarget("Preference form. 1 left is better, 2 right is better, 3 tie; press ? for all keys.",
                hint, choice);
        area.setId("verdict-area");
        add(area, rationale);
    }

    @Override
    public void show(WorkItem work) {
        swapped = work.swapSides();
        choice.clear();
        rationale.clear();
    }

    @Override
    public void load(WorkItem work, Answer answer) {
        PairwiseAnswer a = (PairwiseAnswer) answer;
        swapped = work.swapSides();
        choice.setValue(Choice.shown(a.preference(), swapped));
        rationale.setValue(a.rationale() == null ? "" : a.rationale());
    }

    @Override
    public PairwiseAnswer answer() {
        Choice c = choice.getValue();
        Preference p = c == null ? null : c == Choice.TIE ? Preference.TIE
                : Preference.fromShown(c == Choice.LEFT, swapped);
        return new PairwiseAnswer(p, rationale.getValue());
    }

    @Override
    public List<String> problems() {
        return AnswerRules.problems(answer());
    }

    @Override
    public FocusTarget focusTarget() {
        return area;
    }

    @Override
    public List<Component> keyAreas() {
        return List.of(area);
    }

    @Override
    public TextArea rationale() {
        return rationale;
    }

    @Override
    public List<Component> textFields() {
        return List.of();
    }
}
