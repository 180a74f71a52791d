package org.latitude.ui.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.latitude.assignment.AssignmentService;
import org.latitude.assignment.Lease;
import org.latitude.campaign.NoticeSource;
import org.latitude.campaign.Wellbeing;
import org.latitude.security.Role;
import org.latitude.security.UserAccountService;
import org.latitude.security.UserSummary;
import org.latitude.shared.CampaignId;
import org.latitude.testsupport.LatitudeSpringTest;
import org.latitude.testsupport.Steps;
import org.latitude.testsupport.TestCampaigns;
import org.latitude.testsupport.TestUsers;
import org.latitude.ui.AccountView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The workspace's and the account's wellbeing parts, browserless: return, exposure log, enforced break, opt-outs. */
@LatitudeSpringTest
class WellbeingViewTest extends SpringBrowserlessTest {

    @Autowired
    TestCampaigns fixtures;
    @Autowired
    AssignmentService assignments;
    @Autowired
    UserAccountService accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    UserSummary ann;
    UserSummary ben;

    @BeforeEach
    void setUp() {
        ann = TestUsers.create(accounts, "well", Role.ANNOTATOR);
        ben = TestUsers.create(accounts, "well", Role.ANNOTATOR);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    /** Items a-0 … : i % 3 == 0 Violence, 1 Sexual, 2 safe; sensitive violence and sexual; ann and ben members. */
    private CampaignId campaign(int items, Wellbeing wellbeing) {
        return fixtures.exposureCampaign(items, 1, Set.of("violence", "sexual"), wellbeing, List.of(ann.id(), ben.id()));
    }

    private <T extends Component> T byId(Class<T> type, String id) {
        return tree(UI.getCurrent()).filter(c -> id.equals(c.getId().orElse(null))).map(type::cast).findFirst()
                .orElseThrow(() -> new AssertionError("no component #" + id));
    }

    private static Stream<Component> tree(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(WellbeingViewTest::tree));
    }

    private AnnotateView open(UserSummary who, CampaignId campaign) {
        TestUsers.signIn(users, who.username());
        return navigate(AnnotateView.class, campaign.value());
    }

    @Test
    void returnWithoutPenaltyGivesTheItemBackShowsTheNextAndIsNoSkip() {
        CampaignId campaign = campaign(3, Wellbeing.NONE);
        open(ann, campaign);
        boolean behindNotice = byId(ContentNoticePanel.class, "content-notice").isVisible();
        test(byId(Button.class, behindNotice ? "notice-return" : "return-item")).click();
        assertThat(byId(Span.class, "progress").getText()).doesNotContain("Skipped").contains("Remaining 2");
        assertThat(jdbc.queryForObject("select count(*) from assignment where campaign_id = ? and state = "
                + "'RETURNED'", Long.class, campaign.value())).isEqualTo(1L);
        assertThat(byId(GuidelinesPanel.class, "guidelines").getElement().toString())
                .contains("returned without penalty (B)");
    }

    @Test
    void theExposureLogShowsTheAnnotatorsOwnCountsOnly() {
        CampaignId campaign = campaign(6, new Wellbeing(Set.of(), 5, null, 10, NoticeSource.DECLARED));
        TestUsers.signIn(users, ben.username());
        while (assignments.next(campaign) instanceof org.latitude.assignment.NextItem.Assigned(Lease lease)) {
            assignments.complete(lease.assignmentId());
        }
        open(ann, campaign);
        ExposurePanel log = byId(ExposurePanel.class, "exposure");
        log.setOpened(true);
        String shown = log.getElement().toString();
        assertThat(shown).contains("Violence", "Sexual", "Daily limit: 5");
        assertThat(tree(log).filter(c -> c.getClassNames().contains("exposure-today")).map(c -> ((Span) c).getText())
                .toList()).as("ben did all six; ann saw none yet (her first item is being shown)")
                .allMatch(n -> n.equals("0") || n.equals("1"));
        assertThat(byId(GuidelinesPanel.class, "guidelines").getElement().toString())
                .contains("only the content warnings each dataset declares");
    }

    @Test
    void anEnforcedBreakShowsACountdownInsteadOfTheNextItem() {
        CampaignId campaign = campaign(12, new Wellbeing(Set.of(), null, 5, 10, NoticeSource.REFERENCE_LABELS));
        TestUsers.signIn(users, ann.username());
        for (int i = 0; i < 3; i++) {
            Lease lease = Steps.lease(assignments.next(campaign)).orElseThrow();
            assignments.complete(lease.assignmentId());
        }
        Instant started = Instant.now().minusSeconds(7 * 60);
        jdbc.update("update assignment set leased_at = ?, finished_at = ? where campaign_id = ? and annotator_id = ? "
                + "and state = 'COMPLETED' and id = (select min(id) from assignment where campaign_id = ? and "
                + "annotator_id = ?)", started.atOffset(ZoneOffset.UTC), started.plusSeconds(60).atOffset(ZoneOffset.UTC),
                campaign.value(), ann.id(), campaign.value(), ann.id());
        open(ann, campaign);
        assertThat(byId(Span.class, "break-countdown").getText()).matches("(9|10):\\d\\d");
        assertThat(byId(com.vaadin.flow.component.html.Div.class, "finished").getElement().toString())
                .contains("Time for a break");
        test(byId(Button.class, "break-continue")).click();
        assertThat(byId(Span.class, "break-countdown").isAttached()).as("pressed early: still the break").isTrue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theAccountOffersTheCampaignsOptOutsAndSavesTheAnnotatorsChoice() {
        CampaignId campaign = campaign(3, new Wellbeing(Set.of("violence"), null, null, 10,
                NoticeSource.REFERENCE_LABELS));
        TestUsers.signIn(users, ann.username());
        navigate(AccountView.class);
        CheckboxGroup<String> choice = byId(CheckboxGroup.class, "opt-outs-" + campaign.value());
        assertThat(choice.getListDataView().getItems().toList()).containsExactly("violence");
        choice.setValue(Set.of("violence"));
        test(byId(Button.class, "save-opt-outs-" + campaign.value())).click();
        assertThat(assignments.myExposure(campaign).optedOut()).containsExactly("violence");
        TestUsers.signIn(users, ben.username());
        assertThat(assignments.myExposure(campaign).optedOut()).as("ann's choice is hers alone").isEmpty();
    }
}
