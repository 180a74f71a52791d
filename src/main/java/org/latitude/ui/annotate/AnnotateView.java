package org.latitude.ui.annotate;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.latitude.annotation.AnnotationService;
import org.latitude.annotation.EditItem;
import org.latitude.annotation.MyAnnotation;
import org.latitude.annotation.WorkItem;
import org.latitude.annotation.WorkStep;
import org.latitude.annotation.Workspace;
import org.latitude.assignment.NextItem;
import org.latitude.campaign.SafetyLabelTask;
import org.latitude.shared.CampaignId;
import org.latitude.shared.ValidationException;
import org.latitude.ui.Feedback;
import org.latitude.ui.HomeView;
import org.springframework.security.access.AccessDeniedException;

/**
 * The annotation workspace of one campaign, for its members: the item as a transcript, the label form (for a pair
 * with the principles beside it), skip, guidelines, progress, the annotator's history with edits, wellbeing (content
 * notice, blur, break reminder, enforced breaks with a countdown, return without penalty, the exposure log) and a keyboard scheme that lets a whole item be done without the mouse (see
 * {@link ShortcutsHelp}). The labelling keys run in the browser ({@code frontend/js/workspace.js}), so they answer at
 * once on a remote server; the server keeps the components' values and acts at submit. Thin: every user action is one
 * call of {@link AnnotationService}; the parts are components of this package.
 */
@Route("annotate")
@JavaScript("context://js/workspace.js")
@PageTitle("Annotate · Latitude")
@PermitAll
public class AnnotateView extends Div implements HasUrlParameter<Long> {

    private final transient AnnotationService annotations;
    private final transient Clock clock;
    private final Transcript transcript = new Transcript();
    private final ProgressSummary progress = new ProgressSummary();
    private final Div problems = new Div();
    private final Div finished = new Div();
    private final Div body = new Div();
    private final Div editingBanner = new Div();
    private final Announcer announcer = new Announcer();
    private final Button submit = new Button("Submit (Ctrl+Enter)", e -> submit());
    private final SkipDialog skipDialog = new SkipDialog(this::skip);
    private final ShortcutsHelp help = new ShortcutsHelp();
    private ContentNoticePanel notice;
    private GuidelinesPanel guidelines;
    private HistoryPanel history;
    private ExposurePanel exposure;
    private LabelForm form;
    private CampaignId campaignId;
    private WorkItem current;
    private MyAnnotation editing;
    private Instant shownAt;

    public AnnotateView(AnnotationService annotations, Clock clock) {
        this.annotations = annotations;
        this.clock = clock;
        setId("annotate-view");
        addClassName("workspace");
    }

    @Override
    public void setParameter(BeforeEvent event, Long parameter) {
        try {
            campaignId = new CampaignId(parameter);
            build(annotations.open(campaignId));
        } catch (AccessDeniedException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void build(Workspace ws) {
        boolean safety = ws.campaign().task() instanceof SafetyLabelTask;
        form = safety ? new SafetyForm(ws.categories(), announcer) : new PairwiseForm(announcer);
        transcript.setBlurResponses(ws.campaign().blurResponses());
        guidelines = new GuidelinesPanel(ws.campaign().guidelines(), WellbeingNote.of(ws.campaign(),
                names(ws)));
        history = new HistoryPanel(() -> annotations.myRecent(campaignId, 20), this::edit);
        exposure = new ExposurePanel(() -> annotations.myExposure(campaignId), names(ws));
        notice = new ContentNoticePanel(this::reveal, this::returnItem);
        BreakReminder breaks = new BreakReminder(clock, ws.campaign().breakReminderMinutes(), this::focusForm);
        Div header = header(ws.campaign().name());
        problems.setId("form-problems");
        problems.addClassName("form-problems");
        problems.getElement().setAttribute("role", "alert");
        finished.setId("finished");
        finished.addClassName("finished");
        editingBanner.setId("editing-banner");
        editingBanner.addClassName("editing-banner");
        editingBanner.setVisible(false);
        Div actions = actions();
        Div formColumn = new Div();
        formColumn.addClassName("form-column");
        if (!safety) {
            formColumn.add(new PrinciplesPanel(ws.principles(), ws.campaign().guidelines()));
        }
        formColumn.add((Component) form, problems, actions);
        Div transcriptPanel = new Div(transcript);
        transcriptPanel.addClassName("transcript-panel");
        body.add(transcriptPanel, formColumn);
        body.addClassName("workspace-body");
        Div panels = new Div(guidelines, history, exposure);
        panels.addClassName("workspace-panels");
        add(header, panels, breaks, editingBanner, finished, notice, body);
        List<Component> areas = new ArrayList<>(form.keyAreas());
        areas.addAll(List.of(transcriptPanel, actions, header, notice, finished, editingBanner, breaks));
        keys(areas.toArray(Component[]::new));
        render(ws.step());
    }

    /** Title, progress and the key list; the guidelines and history open from their own panels (G, H). */
    private Div header(String campaignName) {
        H2 title = new H2(campaignName);
        title.addClassName("workspace-title");
        Button keys = small("Keys (?)", help::open);
        keys.setId("show-shortcuts");
        Div header = new Div(title, progress, keys);
        header.addClassName("workspace-header");
        return header;
    }

    private static Button small(String text, Runnable action) {
        Button b = new Button(text, e -> action.run());
        b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return b;
    }

    private Div actions() {
        submit.setId("submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button skip = new Button("Skip (S)", e -> askSkip());
        skip.setId("skip");
        Button giveBack = new Button("Return without penalty (B)", e -> returnItem());
        giveBack.setId("return-item");
        giveBack.getElement().setAttribute("title", "Give this item back: it is not counted as a skip and does not "
                + "come back to you");
        Div actions = new Div(submit, skip, giveBack, announcer);
        actions.addClassName("form-actions");
        return actions;
    }

    /** The server's keys (see {@link WorkspaceKeys}); digits and section letters run in the browser. */
    private void keys(Component... areas) {
        WorkspaceKeys keys = new WorkspaceKeys(this, areas);
        keys.letter('s', this::askSkip);
        keys.letter('h', () -> history.openAndFocus());
        keys.letter('b', this::returnItem);
        keys.letter('e', () -> {
            exposure.setOpened(!exposure.isOpened());
            focusForm();
        });
        keys.question(help::open);
        keys.on(Key.ESCAPE, () -> {
            if (editing != null) {
                cancelEdit();
            }
        });
        List<Component> fields = new ArrayList<>(form.textFields());
        fields.add(form.rationale());
        WorkspaceKeys.submitFrom(this, this::submit, areas);
        WorkspaceKeys.submitFrom(this, this::submit, fields.toArray(Component[]::new));
        fields.forEach(f -> WorkspaceKeys.escapeFrom(f, this::focusForm));
        // the panels are no key areas (digits there would label the item behind them), but they never trap focus
        WorkspaceKeys.escapeFrom(history, () -> leave(history));
        WorkspaceKeys.keyFrom(history, 'h', () -> leave(history));
        WorkspaceKeys.escapeFrom(guidelines, () -> leave(guidelines));
        WorkspaceKeys.escapeFrom(exposure, () -> leave(exposure));
        WorkspaceKeys.keyFrom(exposure, 'e', () -> leave(exposure));
        WorkspaceKeys.keyFrom(guidelines, 'g', () -> leave(guidelines));
        help.addOpenedChangeListener(e -> { if (!e.isOpened()) { focusForm(); } });
        skipDialog.addOpenedChangeListener(e -> { if (!e.isOpened() && current != null) { focusForm(); } });
    }

    private void leave(Details panel) {
        panel.setOpened(false);
        focusForm();
    }

    private void render(WorkStep step) {
        progress.show(step.progress());
        problems.setText("");
        announcer.clear();
        current = null;
        exposure.refreshIfOpen();
        switch (step) {
            case WorkStep.Assigned assigned -> show(assigned.item());
            case WorkStep.NothingLeft none -> {
                body.setVisible(false);
                notice.setVisible(false);
                finished.removeAll();
                finished.add(new Span(none.reason().message()));
                if (none.resumeAt() != null) {
                    finished.add(BreakCountdown.until(clock, none.resumeAt(), this::again));
                } else if (none.reason().temporary()) {
                    Button again = new Button("Try again", e -> again());
                    again.setId("try-again");
                    finished.add(again);
                }
                if (none.reason() == NextItem.Reason.CATEGORY_CAP_REACHED) {
                    exposure.setOpened(true);
                }
                finished.add(new RouterLink("Back to your campaigns", HomeView.class));
                finished.setVisible(true);
            }
        }
    }

    private void again() {
        render(annotations.next(campaignId));
    }

    /** Gives the current item back without penalty (B, or from the content notice). */
    private void returnItem() {
        if (current == null || editing != null) {
            return;
        }
        try {
            String id = current.item().externalId();
            render(annotations.returnItem(current.assignmentId()));
            Feedback.success("Item " + id + " returned without penalty; it will not come back to you.");
        } catch (ValidationException e) {
            Feedback.error(e);
        }
    }

    private static java.util.Map<String, String> names(Workspace ws) {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        ws.categories().forEach(c -> names.put(c.key(), c.name()));
        return names;
    }

    private void show(WorkItem work) {
        current = work;
        finished.setVisible(false);
        transcript.show(work.item(), work.swapSides());
        form.show(work);
        if (work.contentNotice().isEmpty() || editing != null) {
            reveal();
        } else {
            body.setVisible(false);
            notice.show(work.contentNotice());
        }
    }

    private void reveal() {
        notice.setVisible(false);
        body.setVisible(true);
        shownAt = clock.instant();
        focusForm();
    }

    private void focusForm() {
        if (current != null && body.isVisible()) {
            form.focusTarget().focus();
        }
    }

    private void submit() {
        if (current == null || !body.isVisible()) {
            return;
        }
        List<String> refused = form.problems();
        if (!refused.isEmpty()) {
            refuse(refused);
            return;
        }
        long ms = Duration.between(shownAt, clock.instant()).toMillis();
        try {
            if (editing != null) {
                annotations.edit(editing.id(), editing.version(), form.answer(), ms);
                Feedback.success("Saved your changes to item " + current.item().externalId() + ".");
                cancelEdit();
            } else {
                render(annotations.submit(current.assignmentId(), form.answer(), ms));
            }
        } catch (ValidationException e) {
            refuse(e.problems());
        }
    }

    private void refuse(List<String> messages) {
        problems.setText("Not stored: " + String.join("\n", messages));
        focusForm();
    }

    private void askSkip() {
        if (current != null && editing == null) {
            skipDialog.ask();
        }
    }

    private void skip(String reason) {
        try {
            render(annotations.skip(current.assignmentId(), reason));
        } catch (ValidationException e) {
            Feedback.error(e);
        }
    }

    private void edit(MyAnnotation annotation) {
        EditItem item = annotations.editable(annotation.id());
        editing = item.annotation();
        editingBanner.removeAll();
        editingBanner.add(new Span("Editing your annotation of item " + editing.itemExternalId() + " (version "
                + editing.version() + "; the previous version is kept). Ctrl+Enter saves, Esc cancels."),
                small("Cancel edit", this::cancelEdit));
        editingBanner.setVisible(true);
        submit.setText("Save changes (Ctrl+Enter)");
        history.setOpened(false);
        problems.setText("");
        current = item.work();
        finished.setVisible(false);
        transcript.show(current.item(), current.swapSides());
        form.load(current, editing.answer());
        reveal();
    }

    private void cancelEdit() {
        editing = null;
        editingBanner.setVisible(false);
        submit.setText("Submit (Ctrl+Enter)");
        render(annotations.next(campaignId));
    }
}
