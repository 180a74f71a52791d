package org.latitude.ui.annotate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.latitude.annotation.CampaignAnnotations;
import org.latitude.annotation.PairwiseAnnotation;
import org.latitude.annotation.Preference;
import org.latitude.annotation.SafetyAnnotation;
import org.latitude.annotation.Verdict;
import org.latitude.assignment.ShownOrder;
import org.latitude.campaign.TaskType;
import org.latitude.security.Role;
import org.latitude.security.SystemIdentity;
import org.latitude.security.UserAccountService;
import org.latitude.security.UserSummary;
import org.latitude.shared.CampaignId;
import org.latitude.shared.ItemId;
import org.latitude.taxonomy.CategoryTier;
import org.latitude.taxonomy.HazardCategory;
import org.latitude.taxonomy.TaxonomyService;
import org.latitude.testsupport.AnnotationFixtures;
import org.latitude.testsupport.BrowserTest;
import org.latitude.testsupport.LatitudeSpringTest;
import org.latitude.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** An annotator labels three exchanges and two pairs with the keyboard only; what is stored is what was typed. */
class KeyboardJourneyTest extends BrowserTest {

    @Autowired
    AnnotationFixtures fixtures;

    @Autowired
    CampaignAnnotations records;
    @Autowired
    TaxonomyService taxonomies;
    @Autowired
    UserAccountService accounts;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void threeSafetyItemsAndTwoPairsDoneWithOnlyTheKeyboardAreStoredExactlyAsTyped() {
        UserSummary ann = TestUsers.create(accounts, "keys", Role.ANNOTATOR);
        CampaignId safety = fixtures.campaign(TaskType.SAFETY_LABEL, 3, List.of(ann.id()));
        CampaignId pairs = fixtures.campaign(TaskType.PAIRWISE_PREFERENCE, 2, List.of(ann.id()));
        Function<String, String[]> number = categoryNumbers();
        WorkspacePage ws = new WorkspacePage(page);
        signIn(ann.username(), TestUsers.PASSWORD);

        page.navigate(url("/annotate/" + safety));
        long first = ws.awaitItem();
        ws.keys("1", "1");
        long second = ws.submitAndAwaitNext(first);
        ws.keys("2", "3");
        ws.keys(number.apply("violence"));
        ws.keys(number.apply("profanity"));
        ws.keys("f", "4", "n");
        ws.typeInto("#rationale", "Threat 1 2 3, rude words");
        long third = ws.submitAndAwaitNext(second);
        ws.keys("1", "2");
        ws.keys(number.apply("suicide_self_harm"));
        ws.keys("/");
        ws.typeInto("#category-search", "malw");
        ws.keys("Enter");
        ws.awaitFocus("#verdict-area");
        assertThat(ws.submitAndAwaitNext(third)).isEqualTo(-1);
        assertThat(page.locator("#finished")).containsText("You have done every item");

        page.navigate(url("/annotate/" + pairs));
        long pairOne = ws.awaitItem();
        Preference leftIs = ws.leftResponse().startsWith("Answer A") ? Preference.A : Preference.B;
        ws.keys("1");
        long pairTwo = ws.submitAndAwaitNext(pairOne);
        ws.keys("3", "n");
        ws.typeInto("#rationale", "Both fine; 2 and 3 equal");
        assertThat(ws.submitAndAwaitNext(pairTwo)).isEqualTo(-1);

        TestUsers.signIn(users, LatitudeSpringTest.ADMIN);
        Map<Long, SafetyAnnotation> stored = byItem(records.safetyLabels(safety), SafetyAnnotation::itemId);
        assertThat(stored.keySet()).containsExactlyInAnyOrder(first, second, third);
        assertSafety(stored.get(first), Verdict.SAFE, Verdict.SAFE, List.of(), null, null);
        assertSafety(stored.get(second), Verdict.UNSAFE, Verdict.NEEDS_CAUTION, List.of("profanity", "violence"),
                "Threat 1 2 3, rude words", 4);
        assertSafety(stored.get(third), Verdict.SAFE, Verdict.UNSAFE, List.of("malware", "suicide_self_harm"), null,
                null);
        assertThat(stored.values()).allSatisfy(r -> assertThat(r.timeSpentMs()).isPositive());
        Map<Long, PairwiseAnnotation> storedPairs = byItem(records.preferences(pairs), PairwiseAnnotation::itemId);
        assertThat(storedPairs.get(pairOne).answer().preference()).isEqualTo(leftIs);
        assertThat(storedPairs.get(pairOne).shownOrder())
                .isEqualTo(leftIs == Preference.A ? ShownOrder.A_LEFT : ShownOrder.B_LEFT);
        assertThat(storedPairs.get(pairTwo).answer().preference()).isEqualTo(Preference.TIE);
        assertThat(storedPairs.get(pairTwo).answer().rationale()).isEqualTo("Both fine; 2 and 3 equal");
    }

    @Test
    void searchingCrimThenEnterStoresCriminalPlanningNotTheCategoryWhoseDefinitionMentionsDiscrimination() {
        UserSummary ann = TestUsers.create(accounts, "search", Role.ANNOTATOR);
        CampaignId campaign = fixtures.campaign(TaskType.SAFETY_LABEL, 1, List.of(ann.id()));
        WorkspacePage ws = new WorkspacePage(page);
        signIn(ann.username(), TestUsers.PASSWORD);
        page.navigate(url("/annotate/" + campaign));
        long item = ws.awaitItem();
        ws.keys("2", "2", "/");
        ws.typeInto("#category-search", "crim");
        assertThat(page.locator(".category.search-highlight")).hasAttribute("id", "category-criminal_planning_confessions");
        assertThat(page.locator(".category.search-highlight")).isInViewport();
        assertThat(page.locator("#category-search-status")).containsText("Enter ticks: 09 Criminal Planning/Confessions");
        ws.keys("Enter");
        ws.awaitFocus("#verdict-area");
        assertThat(page.locator("#announcement")).hasText("Criminal Planning/Confessions ticked · 1 selected");
        assertThat(page.locator("#announcement")).hasAttribute("role", "status");
        ws.keys("/");
        ws.typeInto("#category-search", "zzz");
        assertThat(page.locator("#category-search-status")).containsText("No category matches");
        ws.keys("Enter");
        assertThat(page.locator("#category-search-status")).containsText("nothing was ticked");
        ws.keys("Escape");
        ws.awaitFocus("#verdict-area");
        assertThat(ws.submitAndAwaitNext(item)).isEqualTo(-1);
        TestUsers.signIn(users, LatitudeSpringTest.ADMIN);
        assertThat(byItem(records.safetyLabels(campaign), SafetyAnnotation::itemId).get(item).answer().categories())
                .containsExactly("criminal_planning_confessions");
    }

    @Test
    void escFromTheHistoryAlwaysReturnsFocusToTheFormAndAPairEntrySaysLeftOrRightAsSeenAndTheStoredSide() {
        UserSummary ann = TestUsers.create(accounts, "history", Role.ANNOTATOR);
        CampaignId pairs = fixtures.campaign(TaskType.PAIRWISE_PREFERENCE, 2, List.of(ann.id()));
        WorkspacePage ws = new WorkspacePage(page);
        signIn(ann.username(), TestUsers.PASSWORD);
        page.navigate(url("/annotate/" + pairs));
        long first = ws.awaitItem();
        String stored = ws.leftResponse().startsWith("Answer A") ? "A better" : "B better";
        ws.keys("1");
        ws.submitAndAwaitNext(first);

        ws.keys("h");
        ws.awaitFocus(".history-entry");
        assertThat(page.locator(".history-entry").first()).containsText("you chose left is better · stored as "
                + stored);
        assertThat(page.locator(".history-entry .history-snippet").first()).hasText(
                Pattern.compile("\u201CQuestion \\d\\?\u201D"));
        assertThat(page.locator(".history-entry .history-time").first()).hasText(
                Pattern.compile("^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} \\S+"));
        ws.keys("Escape");
        ws.awaitFocus("#verdict-area");
        assertThat(page.locator("#history")).not().hasAttribute("opened", "");

        // reached with Tab instead of H: still no trap
        page.locator("#history vaadin-details-summary").focus();
        ws.keys("Enter", "Tab");
        ws.awaitFocus("#history");
        ws.keys("Escape");
        ws.awaitFocus("#verdict-area");
        ws.keys("1");
        assertThat(page.locator("#preference vaadin-radio-button").first()).hasAttribute("checked", "");
    }

    private static void assertSafety(SafetyAnnotation r, Verdict prompt, Verdict response, List<String> categories,
                                     String rationale, Integer confidence) {
        assertThat(r.answer().promptVerdict()).isEqualTo(prompt);
        assertThat(r.answer().responseVerdict()).isEqualTo(response);
        assertThat(r.answer().categories()).isEqualTo(categories);
        assertThat(r.answer().rationale()).isEqualTo(rationale);
        assertThat(r.answer().confidence()).isEqualTo(confidence);
    }

    private static <A> Map<Long, A> byItem(List<A> annotations, Function<A, ItemId> itemOf) {
        Map<Long, A> byItem = new HashMap<>();
        annotations.forEach(a -> byItem.put(itemOf.apply(a).value(), a));
        return byItem;
    }

    /** The keys that toggle a category: its two-digit number in the form's order (core, fine-grained, other). */
    private Function<String, String[]> categoryNumbers() {
        List<HazardCategory> all = SystemIdentity.callAsSystem(() -> taxonomies.details(
                taxonomies.installPreset("aegis-2.0.json").id())).categories();
        List<String> ordered = new ArrayList<>();
        for (CategoryTier tier : CategoryTier.values()) {
            all.stream().filter(c -> c.tier() == tier).forEach(c -> ordered.add(c.key()));
        }
        return key -> {
            String n = String.format("%02d", ordered.indexOf(key) + 1);
            return new String[] {n.substring(0, 1), n.substring(1)};
        };
    }
}
