package org.latitude.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.latitude.assignment.AssignmentService;
import org.latitude.assignment.MyExposure;
import org.latitude.campaign.AnnotatorCampaign;
import org.latitude.campaign.SafetyLabelTask;
import org.latitude.shared.ValidationException;
import org.latitude.taxonomy.TaxonomyService;

/**
 * The signed-in annotator's content opt-outs, per campaign that allows any: the categories they choose never reach
 * them in that campaign. Private: admins see only how many members opted out of a category.
 */
class OptOutSection extends VerticalLayout {

    OptOutSection(List<AnnotatorCampaign> campaigns, AssignmentService assignments, TaxonomyService taxonomies) {
        setPadding(false);
        setId("opt-outs");
        List<AnnotatorCampaign> allowing = campaigns.stream()
                .filter(c -> !c.wellbeing().optOutCategories().isEmpty()).toList();
        setVisible(!allowing.isEmpty());
        if (allowing.isEmpty()) {
            return;
        }
        add(new H2("Content you opt out of"), new Paragraph("Items of a category you tick are never given to you in "
                + "that campaign; an item you hold now that falls in one goes back without penalty. Nobody else sees "
                + "your choice."));
        for (AnnotatorCampaign c : allowing) {
            Map<String, String> names = new HashMap<>();
            if (c.task() instanceof SafetyLabelTask t && t.taxonomyVersionId() != null) {
                taxonomies.details(t.taxonomyVersionId()).categories().forEach(h -> names.put(h.key(), h.name()));
            }
            MyExposure mine = assignments.myExposure(c.id());
            CheckboxGroup<String> choice = new CheckboxGroup<>(c.name());
            choice.setId("opt-outs-" + c.id().value());
            choice.setItems(mine.optOutAllowed().stream().sorted().toList());
            choice.setItemLabelGenerator(k -> names.getOrDefault(k, k));
            choice.setValue(new HashSet<>(mine.optedOut()));
            Button save = new Button("Save opt-outs for " + c.name(), e -> {
                try {
                    assignments.setMyOptOuts(c.id(), choice.getValue());
                    Feedback.success("Your opt-outs for " + c.name() + " are saved.");
                } catch (ValidationException ex) {
                    choice.setInvalid(true);
                    choice.setErrorMessage(String.join(" ", ex.problems()));
                }
            });
            save.setId("save-opt-outs-" + c.id().value());
            add(choice, save);
        }
    }
}
