package org.latitude.ui.admin.campaign;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import org.latitude.campaign.CampaignService;
import org.latitude.campaign.CampaignSettings;
import org.latitude.campaign.CampaignTask;
import org.latitude.campaign.TaskType;
import org.latitude.shared.CampaignId;
import org.latitude.shared.ValidationException;
import org.latitude.ui.FieldErrors;

/** Name and task type of a new draft; everything else is set in the editor. */
class NewCampaignDialog extends Dialog {

    NewCampaignDialog(CampaignService campaigns, Consumer<CampaignId> onCreated) {
        setHeaderTitle("New campaign");
        TextField name = new TextField("Name");
        name.setId("new-campaign-name");
        name.setWidthFull();
        RadioButtonGroup<TaskType> task = new RadioButtonGroup<>("Task");
        task.setItems(TaskType.values());
        task.setItemLabelGenerator(t -> t == TaskType.SAFETY_LABEL ? "Safety labels (verdicts and hazard categories)"
                : "Pairwise preference (A / B / tie)");
        task.setValue(TaskType.SAFETY_LABEL);
        FieldErrors errors = new FieldErrors().bind("name", name).bind("task", task);
        add(new FormLayout(name, task), errors.summary());
        Button create = new Button("Create draft", e -> {
            try {
                CampaignId id = campaigns.create(CampaignSettings.defaults(name.getValue(),
                        CampaignTask.of(task.getValue(), null))).id();
                close();
                onCreated.accept(id);
            } catch (ValidationException ex) {
                errors.show(ex);
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("create-campaign");
        getFooter().add(new Button("Cancel", e -> close()), create);
    }
}
