package org.latitude.ui.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.internal.ShortcutsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.latitude.annotation.CampaignAnnotations;
import org.latitude.annotation.PairwiseAnswer;
import org.latitude.annotation.Preference;
import org.latitude.annotation.SafetyAnnotation;
import org.latitude.annotation.SafetyAnswer;
import org.latitude.annotation.Verdict;
import org.latitude.annotation.WorkItem;
import org.latitude.assignment.ShownOrder;
import org.latitude.campaign.CampaignService;
import org.latitude.campaign.TaskType;
import org.latitude.dataset.ImportFormat;
import org.latitude.dataset.Item;
import org.latitude.dataset.ItemKind;
import org.latitude.dataset.Turn;
import org.latitude.dataset.TurnRole;
import org.latitude.security.Role;
import org.latitude.security.UserAccountService;
import org.latitude.security.UserSummary;
import org.latitude.shared.AssignmentId;
import org.latitude.shared.CampaignId;
import org.latitude.shared.ItemId;
import org.latitude.testsupport.AnnotationFixtures;
import org.latitude.testsupport.LatitudeSpringTest;
import org.latitude.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Browserless tests of the workspace's form logic, keys, wellbeing parts and edits, on the shared application. */
@LatitudeSpringTest
class AnnotateViewTest extends SpringBrowserlessTest {

    @Autowired
    AnnotationFixtures fixtures;

    @Autowired
    CampaignAnnotations records;
    @Autowired
    CampaignService campaigns;
    @Autowired
    UserAccountService accounts;
    @Autowired
    UserDetailsService users;

    UserSummary ann;

    @BeforeEach
    void signInAnnotator() {
        ann = TestUsers.create(accounts, "form", Role.ANNOTATOR);
        TestUsers.signIn(users, ann.username());
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    private AnnotateView open(CampaignId campaign) {
        TestUsers.signIn(users, ann.username());
        return navigate(AnnotateView.class, campaign.value());
    }

    /** A component by id, visible or not (the query API finds visible components only). */
    private <T extends Component> T byId(Class<T> type, String id) {
        return tree(com.vaadin.flow.component.UI.getCurrent()).filter(c -> id.equals(c.getId().orElse(null)))
                .map(type::cast).findFirst().orElseThrow(() -> new AssertionError("no component #" + id));
    }

    private <T extends Component> T single(Class<T> type) {
        return tree(com.vaadin.flow.component.UI.getCurrent()).filter(type::isInstance).map(type::cast).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type.getSimpleName()));
    }

    private static java.util.stream.Stream<Component> tree(Component root) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(root),
                root.getChildren().flatMap(AnnotateViewTest::tree));
    }

    private void press(Component area, String key, KeyModifier... modifiers) {
        Key k = "Escape".equals(key) ? Key.ESCAPE : "Enter".equals(key) ? Key.ENTER : key.length() == 1 && Character.isDigit(key.charAt(0)) ? Key.of(key, "Digit" + key, "Numpad" + key)
                : key.length() == 1 && Character.isLetter(key.charAt(0))
                ? Key.of(key, "Key" + Character.toUpperCase(key.charAt(0))) : Key.of(key);
        ShortcutsKt._fireShortcut(area, k, modifiers);
    }

    private SafetyForm safetyForm() {
        return single(SafetyForm.class);
    }

    @SuppressWarnings("unchecked")
    private <T> void choose(String groupId, T value) {
        RadioButtonGroup<T> group = byId(RadioButtonGroup.class, groupId);
        test(group).selectItem(group.getItemLabelGenerator().apply(value));
    }

    @Test
    void tickedCategoriesShowAsChipsAboveTheListEachOneUntickingAndEveryChangeIsAnnounced() {
        open(fixtures.campaign(TaskType.SAFETY_LABEL, 1, List.of(ann.id())));
        SafetyForm form = safetyForm();
        choose("prompt-verdict", Verdict.UNSAFE);
        assertThat(byId(Div.class, "announcement").getText()).isEqualTo("Prompt: unsafe");
        test(byId(Checkbox.class, "category-violence")).click();
        test(byId(Checkbox.class, "category-threat")).click();
        assertThat(byId(Div.class, "announcement").getText()).isEqualTo("Threat ticked · 2 selected");
        List<Button> chips = byId(Div.class, "category-chips").getChildren().map(Button.class::cast).toList();
        assertThat(chips).extracting(Button::getText).containsExactly("04 Violence", "06 Threat");
        test(chips.getFirst()).click();
        assertThat(form.answer().categories()).containsExactly("threat");
        assertThat(byId(Div.class, "announcement").getText()).isEqualTo("Violence unticked · 1 selected");
        assertThat(byId(Div.class, "category-chips").getChildren()).hasSize(1);
    }

    @Test
    void theFormTellsTheBrowserItsSectionsHintsAndCategoryNumbers() {
        open(fixtures.campaign(TaskType.SAFETY_LABEL, 1, List.of(ann.id())));
        assertThat(byId(RadioButtonGroup.class, "response-verdict").getElement().getAttribute("data-flagging"))
                .isEqualTo("2 3");
        assertThat(byId(RadioButtonGroup.class, "prompt-verdict").getElement().getAttribute("data-section"))
                .isEqualTo("prompt");
        assertThat(byId(RadioButtonGroup.class, "confidence").getElement().getAttribute("data-hint"))
                .contains("0 clears");
        assertThat(byId(Checkbox.class, "category-criminal_planning_confessions").getElement()
                .getAttribute("data-number")).isEqualTo("09");
    }

    @Test
    void theFormMirrorsTheRulesAndARefusedSubmitStoresNothing() {
        CampaignId campaign = fixtures.campaign(TaskType.SAFETY_LABEL, 1, List.of(ann.id()));
        open(campaign);
        SafetyForm form = safetyForm();
        choose("prompt-verdict", Verdict.SAFE);
        choose("response-verdict", Verdict.UNSAFE);
        press(form.focusTarget(), "Enter", KeyModifier.CONTROL);
        assertThat(byId(Div.class, "form-problems").getText()).contains("Not stored")
                .contains("Choose at least one violated category");
        TestUsers.signIn(users, LatitudeSpringTest.ADMIN);
        assertThat(records.safetyLabels(campaign)).isEmpty();
    }

    @Test
    void aPromptOnlyItemHidesTheResponseVerdictAndNeedsOnlyThePromptVerdict() {
        long dataset = fixtures.dataset("{\"id\":\"solo\",\"prompt\":\"Just a question?\"}\n",
                ImportFormat.GENERIC_JSONL);
        open(fixtures.campaign(TaskType.SAFETY_LABEL, dataset, List.of(ann.id()), Set.of(), false, null));
        SafetyForm form = safetyForm();
        assertThat(byId(com.vaadin.flow.component.radiobutton.RadioButtonGroup.class, "response-verdict").isVisible())
                .isFalse();
        choose("prompt-verdict", Verdict.SAFE);
        assertThat(form.answer()).isEqualTo(SafetyAnswer.of(Verdict.SAFE, null, List.of()));
        assertThat(form.problems()).isEmpty();
    }

    @Test
    void thePairwiseFormStoresTheLeftChoiceInItemTermsWhicheverSideAWasShownOn() {
        Item pair = new Item(new ItemId(1), 1, "p", ItemKind.PAIR, List.of(new Turn(TurnRole.USER, "Q?")), "Answer A",
                "Answer B", "{}");
        PairwiseForm form = new PairwiseForm(new Announcer());
        @SuppressWarnings("unchecked")
        RadioButtonGroup<PairwiseForm.Choice> choice = tree(form).filter(c -> c.getId().orElse("").equals("preference"))
                .map(RadioButtonGroup.class::cast).findFirst().orElseThrow();
        form.show(new WorkItem(new AssignmentId(1), pair, ShownOrder.B_LEFT, List.of()));
        choice.setValue(PairwiseForm.Choice.LEFT);
        assertThat(form.answer()).isEqualTo(new PairwiseAnswer(Preference.B, null));
        form.show(new WorkItem(new AssignmentId(2), pair, ShownOrder.A_LEFT, List.of()));
        assertThat(form.problems()).containsExactly("Choose which response is better, or a tie.");
        choice.setValue(PairwiseForm.Choice.LEFT);
        assertThat(form.answer().preference()).isEqualTo(Preference.A);
        choice.setValue(PairwiseForm.Choice.TIE);
        assertThat(form.answer().preference()).isEqualTo(Preference.TIE);
        Transcript transcript = new Transcript();
        transcript.show(pair, true);
        assertThat(transcript.getElement().toString()).containsSubsequence("Left response", "Answer B",
                "Right response", "Answer A");
    }

    @Test
    void aSensitiveItemWaitsBehindANoticeItsResponseIsBlurredAndABreakReminderComesAfterItsTime() {
        String rows = """
                {"id":"v-1","prompt":"How do I hurt someone?","response":"I won't help.","prompt_label":"unsafe","response_label":"safe","violated_categories":"Violence"}
                """;
        fixtures.campaigns().settings(TaskType.SAFETY_LABEL, fixtures.campaigns().dataset(1, false), 1);
        long dataset = fixtures.dataset(rows, ImportFormat.AEGIS_JSONL);
        open(fixtures.campaign(TaskType.SAFETY_LABEL, dataset, List.of(ann.id()), Set.of("violence"), true, null));
        ContentNoticePanel notice = single(ContentNoticePanel.class);
        assertThat(notice.isVisible()).isTrue();
        assertThat(notice.getElement().toString()).contains("Violence");
        assertThat(safetyForm().isVisible() && safetyForm().getParent().flatMap(Component::getParent)
                .map(Component::isVisible).orElse(false)).isFalse();
        test(byId(Button.class, "show-item")).click();
        assertThat(notice.isVisible()).isFalse();
        Transcript transcript = single(Transcript.class);
        assertThat(transcript.getElement().toString()).contains("blurred", "Blurred response: click, Enter or V");

        BreakReminder reminder = single(BreakReminder.class);
        reminder.check(Instant.now().plusSeconds(59 * 60));
        assertThat(reminder.isVisible()).isFalse();
        reminder.check(Instant.now().plusSeconds(61 * 60));
        assertThat(reminder.isVisible()).isTrue();
        test(byId(Button.class, "break-back")).click();
        assertThat(reminder.isVisible()).isFalse();
    }

    @Test
    void guidelinesAreMarkdownWithRawHtmlEscapedAndJavascriptLinksRemoved() {
        String html = GuidelinesPanel.render("# Title\n\n<script>alert(1)</script>\n\nSome **bold**, "
                + "<img src=x onerror=alert(1)> and [x](javascript:alert(1))");
        assertThat(html).contains("<h1>Title</h1>", "<strong>bold</strong>", "&lt;script&gt;", "&lt;img")
                .doesNotContain("<script>", "<img", "javascript:");
    }

    @Test
    void skippingAsksForAReasonAndTheNextItemFollows() {
        open(fixtures.campaign(TaskType.SAFETY_LABEL, 2, List.of(ann.id())));
        String first = single(Transcript.class).getElement().getAttribute("data-item-id");
        press(safetyForm().focusTarget(), "s");
        SkipDialog dialog = $(SkipDialog.class).single();
        assertThat(dialog.isOpened()).isTrue();
        test($(Button.class).id("confirm-skip")).click();
        assertThat(dialog.isOpened()).isTrue();
        test(byId(com.vaadin.flow.component.textfield.TextField.class, "skip-reason")).setValue("Cannot read it");
        test($(Button.class).id("confirm-skip")).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(single(Transcript.class).getElement().getAttribute("data-item-id")).isNotEqualTo(first);
        assertThat(single(ProgressSummary.class).getText()).contains("Skipped 1");
    }

    @Test
    void anAnswerEditedFromTheHistoryIsStoredAsANewVersion() {
        CampaignId campaign = fixtures.campaign(TaskType.SAFETY_LABEL, 2, List.of(ann.id()));
        open(campaign);
        Component keys = safetyForm().focusTarget();
        choose("prompt-verdict", Verdict.SAFE);
        choose("response-verdict", Verdict.SAFE);
        press(keys, "Enter", KeyModifier.CONTROL);
        press(keys, "h");
        Button entry = $(Button.class).withClassName("history-entry").first();
        assertThat(entry.getElement().getTextRecursively()).contains("prompt safe · response safe");
        test(entry).click();
        assertThat(byId(Div.class, "editing-banner").isVisible()).isTrue();
        assertThat(safetyForm().answer()).isEqualTo(SafetyAnswer.of(Verdict.SAFE, Verdict.SAFE, List.of()));
        choose("response-verdict", Verdict.UNSAFE);
        test(byId(Checkbox.class, "category-threat")).click();
        press(keys, "Enter", KeyModifier.CONTROL);
        assertThat(byId(Div.class, "editing-banner").isVisible()).isFalse();
        TestUsers.signIn(users, LatitudeSpringTest.ADMIN);
        SafetyAnnotation stored = records.safetyLabels(campaign).getFirst();
        assertThat(stored.version()).isEqualTo(2);
        assertThat(stored.answer().responseVerdict()).isEqualTo(Verdict.UNSAFE);
        assertThat(stored.answer().categories()).containsExactly("threat");
        assertThat(records.versions(stored.annotationId())).hasSize(1);
    }
}
