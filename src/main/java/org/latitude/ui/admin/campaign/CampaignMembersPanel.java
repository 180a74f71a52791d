package org.latitude.ui.admin.campaign;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.stream.Collectors;
import org.latitude.campaign.CampaignDetails;
import org.latitude.campaign.CampaignService;
import org.latitude.security.Role;
import org.latitude.security.UserSummary;
import org.latitude.shared.UserId;
import org.latitude.shared.ValidationException;
import org.latitude.ui.Feedback;

/** Who annotates in the campaign: enabled users with the ANNOTATOR role. */
class CampaignMembersPanel extends VerticalLayout {

    CampaignMembersPanel(CampaignService campaigns, CampaignDetails details, List<UserSummary> users) {
        setPadding(false);
        MultiSelectComboBox<UserSummary> members = new MultiSelectComboBox<>("Members");
        members.setId("campaign-members");
        members.setWidthFull();
        List<UserSummary> annotators = users.stream().filter(u -> u.enabled() && u.roles().contains(Role.ANNOTATOR))
                .toList();
        members.setItems(annotators);
        members.setItemLabelGenerator(u -> u.displayName() + " (" + u.username() + ")");
        members.setValue(annotators.stream().filter(u -> details.memberIds().contains(new UserId(u.id())))
                .collect(Collectors.toSet()));
        Button save = new Button("Save members", e -> {
            try {
                campaigns.setMembers(details.id(), members.getValue().stream().map(u -> new UserId(u.id())).sorted()
                        .toList());
                Feedback.success("Members saved.");
            } catch (ValidationException ex) {
                Feedback.error(ex);
            }
        });
        save.setId("save-members");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(members, save);
    }
}
