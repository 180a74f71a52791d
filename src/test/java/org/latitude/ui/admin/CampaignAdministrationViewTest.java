package org.latitude.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.latitude.shared.CampaignId;
import org.latitude.campaign.CampaignService;
import org.latitude.campaign.CampaignSettings;
import org.latitude.campaign.CampaignStatus;
import org.latitude.campaign.CampaignSummary;
import org.latitude.campaign.SafetyLabelTask;
import org.latitude.dataset.DatasetService;
import org.latitude.dataset.DatasetSummary;
import org.latitude.security.Role;
import org.latitude.security.SystemIdentity;
import org.latitude.security.UserAccountService;
import org.latitude.security.UserSummary;
import org.latitude.shared.UserId;
import org.latitude.taxonomy.TaxonomyService;
import org.latitude.taxonomy.TaxonomySummary;
import org.latitude.testsupport.LatitudeSpringTest;
import org.latitude.testsupport.TestCampaigns;
import org.latitude.testsupport.TestUsers;
import org.latitude.ui.admin.campaign.CampaignEditorView;
import org.latitude.ui.admin.campaign.CampaignsView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** An admin sets up and starts a campaign entirely through the campaign screens. */
@LatitudeSpringTest
class CampaignAdministrationViewTest extends SpringBrowserlessTest {

    @Autowired
    CampaignService campaigns;
    @Autowired
    DatasetService datasets;
    @Autowired
    TaxonomyService taxonomies;
    @Autowired
    TestCampaigns fixtures;
    @Autowired
    UserAccountService accounts;
    @Autowired
    UserDetailsService users;

    @BeforeEach
    void signInAsAdmin() {
        TestUsers.signIn(users, LatitudeSpringTest.ADMIN);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void anAdminCreatesConfiguresStaffsAndStartsACampaignFromTheScreens() {
        long datasetId = fixtures.dataset(4, false);
        long aegis = SystemIdentity.callAsSystem(() -> taxonomies.installPreset("aegis-2.0.json").id());
        UserSummary annotator = TestUsers.create(accounts, "staffed", Role.ANNOTATOR);
        String name = TestUsers.uniqueName("screen-campaign");

        navigate(CampaignsView.class);
        test($(Button.class).id("new-campaign")).click();
        test($(TextField.class).id("new-campaign-name")).setValue(name);
        test($(Button.class).id("create-campaign")).click();
        assertThat(getCurrentView()).isInstanceOf(CampaignEditorView.class);

        @SuppressWarnings("unchecked")
        ComboBox<TaxonomySummary> taxonomy = $(ComboBox.class).withLabel("Taxonomy version").single();
        taxonomy.setValue(taxonomy.getListDataView().getItems().filter(t -> t.versionId() == aegis).findFirst()
                .orElseThrow());
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<DatasetSummary> data = $(MultiSelectComboBox.class).withLabel("Datasets").single();
        data.setValue(Set.of(data.getListDataView().getItems().filter(d -> d.id() == datasetId).findFirst()
                .orElseThrow()));
        test($(Button.class).id("save-settings")).click();

        $(TabSheet.class).single().setSelectedIndex(1);
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<UserSummary> members = $(MultiSelectComboBox.class).id("campaign-members");
        members.setValue(Set.of(members.getListDataView().getItems().filter(u -> u.id() == annotator.id())
                .findFirst().orElseThrow()));
        test($(Button.class).id("save-members")).click();
        test($(Button.class).id("campaign-activate")).click();
        ConfirmDialog confirm = $(ConfirmDialog.class).id("confirm-start");
        assertThat(confirm.getElement().getTextRecursively()).contains("the datasets: ", "(4 items)",
                "the taxonomy version: Aegis");
        test(confirm).confirm();

        CampaignSummary created = campaigns.list().stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow();
        assertThat(created.status()).isEqualTo(CampaignStatus.ACTIVE);
        var details = campaigns.details(created.id());
        assertThat(details.settings().task()).isEqualTo(new SafetyLabelTask(aegis));
        assertThat(details.settings().datasetIds()).containsExactly(datasetId);
        assertThat(details.memberIds()).containsExactly(new UserId(annotator.id()));
        assertThat($(Button.class).withId("campaign-activate").exists()).isFalse();
        assertThat($(Button.class).withId("campaign-pause").exists()).isTrue();
    }

    @Test
    void refusedSettingsShowOnTheirFieldsNotInAToastAndAFieldsErrorGoesWhenItChanges() {
        CampaignId draft = campaigns.create(CampaignSettings.defaults(TestUsers.uniqueName("fields"))).id();
        navigate(CampaignEditorView.class, java.util.Map.of("campaignId", String.valueOf(draft)));
        IntegerField overlap = $(IntegerField.class).withLabel("Annotators per item (k)").single();
        overlap.setValue(0);
        test($(Button.class).id("save-settings")).click();
        assertThat(overlap.isInvalid()).isTrue();
        assertThat(overlap.getErrorMessage()).contains("between 1 and 50");
        assertThat($(Notification.class).exists()).isFalse();
        overlap.setValue(2);
        assertThat(overlap.isInvalid()).isFalse();

        test($(Button.class).id("campaign-activate")).click();
        test($(ConfirmDialog.class).id("confirm-start")).confirm();
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<DatasetSummary> data = $(MultiSelectComboBox.class).withLabel("Datasets").single();
        assertThat(data.isInvalid()).isTrue();
        assertThat(data.getErrorMessage()).isEqualTo("Add at least one dataset.");
        assertThat($(ComboBox.class).withLabel("Taxonomy version").single().isInvalid()).isTrue();
        assertThat($(Notification.class).exists()).isFalse();
        assertThat(campaigns.details(draft).summary().status()).isEqualTo(CampaignStatus.DRAFT);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theExposureControlsAreSetInTheFormCheckedOnTheirFieldsAndShownInAggregateOnTheProgressTab() {
        UserSummary ann = TestUsers.create(accounts, "exposed", Role.ANNOTATOR);
        CampaignId campaign = fixtures.exposureCampaign(6, 1, java.util.Set.of("violence"),
                org.latitude.campaign.Wellbeing.NONE, java.util.List.of(ann.id()));
        navigate(CampaignEditorView.class, java.util.Map.of("campaignId", String.valueOf(campaign)));
        IntegerField cap = $(IntegerField.class).id("category-cap");
        cap.setValue(0);
        test($(Button.class).id("save-settings")).click();
        assertThat(cap.isInvalid()).isTrue();
        assertThat(cap.getErrorMessage()).contains("between 1 and 10,000");
        cap.setValue(4);
        MultiSelectComboBox<org.latitude.taxonomy.HazardCategory> optOuts = $(MultiSelectComboBox.class)
                .id("opt-out-categories");
        optOuts.setValue(optOuts.getListDataView().getItems().filter(c -> c.key().equals("violence"))
                .collect(java.util.stream.Collectors.toSet()));
        $(com.vaadin.flow.component.select.Select.class).id("notice-source")
                .setValue(org.latitude.campaign.NoticeSource.DECLARED);
        test($(Button.class).id("save-settings")).click();
        var saved = campaigns.details(campaign).settings().wellbeing();
        assertThat(saved.dailyCategoryCap()).isEqualTo(4);
        assertThat(saved.optOutCategories()).containsExactly("violence");
        assertThat(saved.noticeSource()).isEqualTo(org.latitude.campaign.NoticeSource.DECLARED);
        $(TabSheet.class).single().setSelectedIndex(3);
        String progress = $(com.vaadin.flow.component.html.Paragraph.class).id("wellbeing-summary").getText();
        assertThat(progress).contains("0 items returned without penalty (not skips)");
    }
}
