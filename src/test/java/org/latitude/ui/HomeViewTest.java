package org.latitude.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.latitude.shared.AssignmentId;
import org.latitude.shared.CampaignId;
import org.latitude.annotation.WorkStep;
import org.latitude.annotation.AnnotationService;
import org.latitude.annotation.SafetyAnswer;
import org.latitude.annotation.Verdict;
import org.latitude.campaign.CampaignSummary;
import org.latitude.campaign.TaskType;
import org.latitude.security.Role;
import org.latitude.security.UserAccountService;
import org.latitude.security.UserSummary;
import org.latitude.testsupport.AnnotationFixtures;
import org.latitude.testsupport.LatitudeSpringTest;
import org.latitude.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Home: a campaign with nothing left offers no "Continue"; the admin's running campaigns link to their editor. */
@LatitudeSpringTest
class HomeViewTest extends SpringBrowserlessTest {

    @Autowired
    AnnotationFixtures fixtures;
    @Autowired
    AnnotationService annotations;
    @Autowired
    UserAccountService accounts;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void aCampaignWithNothingLeftForTheAnnotatorSaysFinishedInsteadOfOfferingContinue() {
        UserSummary ann = TestUsers.create(accounts, "finisher", Role.ANNOTATOR);
        CampaignId campaign = fixtures.campaign(TaskType.SAFETY_LABEL, 1, List.of(ann.id()));
        TestUsers.signIn(users, ann.username());
        navigate(HomeView.class);
        assertThat($(Button.class).withId("annotate-" + campaign).exists()).isTrue();
        AssignmentId assignment = ((WorkStep.Assigned) annotations.next(campaign)).item().assignmentId();
        annotations.submit(assignment, SafetyAnswer.of(Verdict.SAFE, Verdict.SAFE, List.of()), 1000);
        navigate(HomeView.class);
        assertThat($(Button.class).withId("annotate-" + campaign).exists()).isFalse();
        assertThat($(Div.class).withId("my-campaign-" + campaign).single().getElement().getTextRecursively())
                .contains("Finished");
    }

    @Test
    void theDashboardsRunningCampaignsLinkToTheirEditor() {
        CampaignId campaign = fixtures.campaign(TaskType.SAFETY_LABEL, 1, List.of());
        TestUsers.signIn(users, LatitudeSpringTest.ADMIN);
        navigate(HomeView.class);
        @SuppressWarnings("unchecked")
        Grid<CampaignSummary> running = $(Grid.class).id("running-campaigns");
        var grid = test(running);
        int row = java.util.stream.IntStream.range(0, grid.size()).filter(i -> grid.getRow(i).id().equals(campaign))
                .findFirst().orElseThrow();
        RouterLink link = (RouterLink) grid.getCellComponent(row, 0);
        assertThat(link.getHref()).isEqualTo("admin/campaigns/" + campaign);
        grid.clickRow(row);
        assertThat(getCurrentView()).isInstanceOf(org.latitude.ui.admin.campaign.CampaignEditorView.class);
    }
}
