package org.latitude.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.latitude.dataset.DatasetService;
import org.latitude.security.Role;
import org.latitude.security.UserAccountService;
import org.latitude.security.UserSummary;
import org.latitude.shared.CampaignId;
import org.latitude.shared.ItemId;
import org.latitude.shared.UserId;
import org.latitude.shared.ValidationException;
import org.latitude.taxonomy.TaxonomyService;
import org.latitude.testsupport.LatitudeSpringTest;
import org.latitude.testsupport.TestCampaigns;
import org.latitude.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

@LatitudeSpringTest
class CampaignServiceTest {

    @Autowired
    CampaignService campaigns;
    @Autowired
    DatasetService datasets;
    @Autowired
    TaxonomyService taxonomies;
    @Autowired
    UserAccountService accounts;
    @Autowired
    UserDetailsService users;

    @Autowired
    TestCampaigns fixtures;
    @Autowired
    org.latitude.audit.AuditLog audit;

    @BeforeEach
    void signIn() {
        TestUsers.signIn(users, LatitudeSpringTest.ADMIN);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void invalidSettingsAreRefusedWithEveryProblem() {
        var bad = new CampaignSettings(" ", null, null, new SafetyLabelTask(null), List.of(), 0,
                NeedsCautionPolicy.SAFE, 0, 0, 80, Set.of(), false, 1);
        assertThatThrownBy(() -> campaigns.create(bad)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.problems()).hasSize(6));
    }

    @Test
    void eachProblemNamesTheSettingItIsAbout() {
        var bad = new CampaignSettings("ok", null, null, new SafetyLabelTask(null), List.of(), 0,
                NeedsCautionPolicy.SAFE, 30, null, 0, Set.of(), false, null);
        assertThatThrownBy(() -> campaigns.create(bad)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.fieldProblems()).containsExactly(org.latitude.shared.FieldProblem.of("overlap",
                        "The overlap (annotators per item) must be between 1 and 50.")));
    }

    @Test
    void theAuditLogNamesMembersAndListsEachChangedSettingBeforeAndAfter() {
        UserSummary alice = TestUsers.create(accounts, "alice", Role.ANNOTATOR);
        UserSummary bob = TestUsers.create(accounts, "bob", Role.ANNOTATOR);
        var settings = fixtures.settings(TaskType.SAFETY_LABEL, fixtures.dataset(2, false), 2);
        CampaignId id = campaigns.create(settings).id();
        campaigns.setMembers(id, List.of(new UserId(alice.id())));
        campaigns.setMembers(id, List.of(new UserId(bob.id())));
        campaigns.update(id, new CampaignSettings(settings.name(), settings.description(), settings.guidelines()
                + " More.", settings.task(), settings.datasetIds(), 3,
                settings.needsCautionPolicy(), settings.leaseMinutes(), 40, settings.goldRatePercent(),
                settings.sensitiveCategories(), settings.blurResponses(), settings.breakReminderMinutes()));
        var entries = audit.search(settings.name(), 0, 10);
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("campaign.members");
            assertThat(e.detail()).isEqualTo("added: " + bob.username() + "; removed: " + alice.username()
                    + "; now 1 member: " + bob.username());
        });
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("campaign.update");
            assertThat(e.detail()).contains("overlap k: 2 \u2192 3", "daily quota: none \u2192 40",
                    "guidelines: changed, ").doesNotContain("lease", "datasets");
        });
    }

    @Test
    void aDraftStartsOnlyWhenComplete() {
        CampaignId id = campaigns.create(CampaignSettings.defaults(TestUsers.uniqueName("incomplete"))).id();
        assertThatThrownBy(() -> campaigns.activate(id)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.problems()).contains("A safety-label campaign needs a taxonomy version.",
                        "Add at least one dataset."));
        assertThat(campaigns.details(id).summary().status()).isEqualTo(CampaignStatus.DRAFT);
    }

    @Test
    void aSafetyCampaignRefusesADatasetOfPairs() {
        long pairs = fixtures.dataset(3, true);
        var settings = fixtures.settings(TaskType.SAFETY_LABEL, pairs, 2);
        CampaignId id = campaigns.create(settings).id();
        assertThatThrownBy(() -> campaigns.activate(id)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("a safety-label campaign annotates exchanges");
    }

    @Test
    void theLifecycleIsDraftActivePausedClosedAndStartingFreezesTheWorkDefinition() {
        var settings = fixtures.settings(TaskType.SAFETY_LABEL, fixtures.dataset(5, false), 2);
        CampaignId id = campaigns.create(settings).id();
        assertThatThrownBy(() -> campaigns.pause(id)).isInstanceOf(ValidationException.class);
        assertThat(campaigns.activate(id).status()).isEqualTo(CampaignStatus.ACTIVE);
        long taxonomy = ((SafetyLabelTask) settings.task()).taxonomyVersionId();
        assertThat(taxonomies.versions()).filteredOn(v -> v.versionId() == taxonomy)
                .allMatch(v -> v.inUse());

        var otherDataset = new CampaignSettings(settings.name(), "", "", settings.task(),
                List.of(fixtures.dataset(2, false)), 2, settings.needsCautionPolicy(), 30, null, 0, Set.of(), false,
                null);
        assertThatThrownBy(() -> campaigns.update(id, otherDataset)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("datasets cannot change");
        var smallerOverlap = withOverlap(settings, 1);
        assertThatThrownBy(() -> campaigns.update(id, smallerOverlap)).hasMessageContaining("cannot shrink");
        assertThat(campaigns.update(id, withOverlap(settings, 3)).settings().overlap()).isEqualTo(3);

        assertThat(campaigns.pause(id).status()).isEqualTo(CampaignStatus.PAUSED);
        assertThat(campaigns.activate(id).status()).isEqualTo(CampaignStatus.ACTIVE);
        assertThat(campaigns.close(id).status()).isEqualTo(CampaignStatus.CLOSED);
        assertThatThrownBy(() -> campaigns.activate(id)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> campaigns.update(id, withOverlap(settings, 4))).hasMessageContaining("closed");
    }

    @Test
    void membersMustBeAnnotatorsAndOnlyMembersSeeTheCampaign() {
        UserSummary member = TestUsers.create(accounts, "member", Role.ANNOTATOR);
        UserSummary outsider = TestUsers.create(accounts, "outsider", Role.ANNOTATOR);
        UserSummary adminOnly = TestUsers.create(accounts, "boss", Role.ADMIN);
        CampaignId id = campaigns.create(fixtures.settings(TaskType.SAFETY_LABEL, fixtures.dataset(3, false), 1)).id();
        assertThatThrownBy(() -> campaigns.setMembers(id, List.of(new UserId(adminOnly.id()))))
                .hasMessageContaining("does not have the ANNOTATOR role");
        campaigns.setMembers(id, List.of(new UserId(member.id())));
        campaigns.activate(id);

        TestUsers.signIn(users, member.username());
        assertThat(campaigns.myCampaigns()).extracting(AnnotatorCampaign::id).contains(id);
        assertThat(campaigns.forMember(id).guidelines()).contains("Be kind.");
        assertThatThrownBy(() -> campaigns.details(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> campaigns.goldItems(id)).isInstanceOf(AccessDeniedException.class);

        TestUsers.signIn(users, outsider.username());
        assertThat(campaigns.myCampaigns()).extracting(AnnotatorCampaign::id).doesNotContain(id);
        assertThatThrownBy(() -> campaigns.forMember(id)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void goldItemsMustComeFromTheCampaignsDatasetsAndAreSetOnlyInDraft() {
        long dataset = fixtures.dataset(3, false);
        CampaignId id = campaigns.create(fixtures.settings(TaskType.SAFETY_LABEL, dataset, 1)).id();
        ItemId foreignItem = datasets.browse(fixtures.dataset(1, false), "", 0, 1).getFirst().id();
        assertThatThrownBy(() -> campaigns.setGoldItems(id, List.of(new GoldItem(foreignItem, "{}"))))
                .hasMessageContaining("not in the campaign's datasets");
        ItemId ownItem = datasets.browse(dataset, "", 0, 1).getFirst().id();
        campaigns.setGoldItems(id, List.of(new GoldItem(ownItem, "{\"prompt\":\"safe\"}")));
        assertThat(campaigns.goldItems(id)).containsExactly(new GoldItem(ownItem, "{\"prompt\":\"safe\"}"));
        campaigns.activate(id);
        assertThatThrownBy(() -> campaigns.setGoldItems(id, List.of())).hasMessageContaining("draft");
    }

    private static CampaignSettings withOverlap(CampaignSettings s, int overlap) {
        return new CampaignSettings(s.name(), s.description(), s.guidelines(), s.task(), s.datasetIds(), overlap,
                s.needsCautionPolicy(), s.leaseMinutes(), s.dailyQuota(), s.goldRatePercent(), s.sensitiveCategories(),
                s.blurResponses(), s.breakReminderMinutes());
    }
}
