package org.latitude.ui.admin.campaign;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.latitude.assignment.AssignmentService;
import org.latitude.campaign.CampaignDetails;
import org.latitude.campaign.CampaignRules;
import org.latitude.campaign.CampaignService;
import org.latitude.campaign.CampaignSettings;
import org.latitude.campaign.CampaignStatus;
import org.latitude.campaign.CampaignSummary;
import org.latitude.dataset.DatasetService;
import org.latitude.dataset.DatasetSummary;
import org.latitude.security.UserAccountService;
import org.latitude.security.UserSummary;
import org.latitude.shared.CampaignId;
import org.latitude.shared.ValidationException;
import org.latitude.taxonomy.PrincipleSetService;
import org.latitude.taxonomy.PrincipleSetSummary;
import org.latitude.taxonomy.TaxonomyService;
import org.latitude.taxonomy.TaxonomySummary;
import org.latitude.ui.Feedback;

/** One campaign: settings, members, gold items, lifecycle and live progress (refreshed while open). */
@Route("admin/campaigns/:campaignId")
@PageTitle("Campaign · Latitude")
@RolesAllowed("ADMIN")
public class CampaignEditorView extends VerticalLayout implements BeforeEnterObserver {

    private static final int REFRESH_MS = 5000;

    private final transient CampaignService campaigns;
    private final transient AssignmentService assignments;
    private final transient DatasetService datasets;
    private final transient TaxonomyService taxonomies;
    private final transient PrincipleSetService principles;
    private final transient UserAccountService accounts;
    private CampaignId campaignId;
    private CampaignProgressPanel progress;
    private CampaignSettingsForm form;
    private TabSheet tabs;

    public CampaignEditorView(CampaignService campaigns, AssignmentService assignments, DatasetService datasets,
                              TaxonomyService taxonomies, PrincipleSetService principles, UserAccountService accounts) {
        this.campaigns = campaigns;
        this.assignments = assignments;
        this.datasets = datasets;
        this.taxonomies = taxonomies;
        this.principles = principles;
        this.accounts = accounts;
        setId("campaign-editor");
    }

    /** The campaign's name as a link here (reachable with Tab and Enter, unlike a grid row's click). */
    public static RouterLink link(CampaignSummary c) {
        RouterLink link = new RouterLink(c.name(), CampaignEditorView.class,
                new RouteParameters("campaignId", String.valueOf(c.id())));
        link.setId("open-campaign-" + c.id());
        return link;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            campaignId = new CampaignId(Long.parseLong(event.getRouteParameters().get("campaignId").orElse("")));
            render(campaigns.details(campaignId));
        } catch (NumberFormatException | ValidationException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void render(CampaignDetails details) {
        removeAll();
        CampaignSummary s = details.summary();
        HorizontalLayout header = new HorizontalLayout(new H2(s.name()), CampaignsView.status(s));
        if (s.status() != CampaignStatus.DRAFT) {
            header.add(org.latitude.ui.admin.export.ExportsView.link(s.id(), "Downloads"));
        }
        header.setAlignItems(Alignment.BASELINE);
        List<TaxonomySummary> taxonomyList = taxonomies.versions();
        List<PrincipleSetSummary> principleList = principles.sets();
        List<DatasetSummary> datasetList = datasets.datasets();
        header.add(lifecycleButtons(s, () -> LifecycleConfirmation.frozenOnStart(details.settings(), taxonomyList, principleList,
                datasetList, details.goldItemCount())));
        form = new CampaignSettingsForm(taxonomyList, principleList, datasetList,
                id -> taxonomies.details(id).categories());
        form.show(details.settings(), s.status().started());
        Button save = new Button("Save settings", e -> save());
        save.setId("save-settings");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setEnabled(s.status() != CampaignStatus.CLOSED);
        var users = accounts.listUsers();
        Map<Long, String> names = users.stream().collect(Collectors.toMap(UserSummary::id, UserSummary::username));
        Map<String, String> categoryNames = new java.util.HashMap<>();
        if (details.settings().task() instanceof org.latitude.campaign.SafetyLabelTask t
                && t.taxonomyVersionId() != null) {
            taxonomies.details(t.taxonomyVersionId()).categories().forEach(c -> categoryNames.put(c.key(), c.name()));
        }
        progress = new CampaignProgressPanel(names, categoryNames);
        tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.add("Settings", new VerticalLayout(form, form.problems(), save));
        tabs.add("Members", new CampaignMembersPanel(campaigns, details, users));
        tabs.add("Gold items", new CampaignGoldPanel(campaigns, datasets, details));
        tabs.add("Progress", progress);
        add(header, tabs);
        refreshProgress();
    }

    /** Start and close, which cannot be undone, ask first (see {@link LifecycleConfirmation}). */
    private HorizontalLayout lifecycleButtons(CampaignSummary s, Supplier<List<String>> frozen) {
        CampaignStatus status = s.status();
        HorizontalLayout buttons = new HorizontalLayout();
        if (status == CampaignStatus.DRAFT) {
            buttons.add(action("Start campaign", "activate", campaigns::activate, true,
                    go -> LifecycleConfirmation.start(s.name(), frozen.get(), go).open()));
        }
        if (status == CampaignStatus.PAUSED) {
            buttons.add(action("Resume", "resume", campaigns::activate, true, Runnable::run));
        }
        if (status == CampaignStatus.ACTIVE) {
            buttons.add(action("Pause", "pause", campaigns::pause, false, Runnable::run));
        }
        if (status == CampaignStatus.ACTIVE || status == CampaignStatus.PAUSED) {
            buttons.add(action("Close for good", "close", campaigns::close, false,
                    go -> LifecycleConfirmation.close(s.name(), progress.summary(), go).open()));
        }
        return buttons;
    }

    /** A lifecycle button; {@code ask} runs the change at once ({@code Runnable::run}) or after a confirmation. */
    private Button action(String label, String id, Function<CampaignId, CampaignSummary> change, boolean primary,
                          Consumer<Runnable> ask) {
        Button button = new Button(label, e -> ask.accept(() -> {
            try {
                CampaignSummary after = change.apply(campaignId);
                Feedback.success(after.name() + " is now " + after.status().name().toLowerCase() + ".");
                render(campaigns.details(campaignId));
            } catch (ValidationException ex) {
                refused(ex);
            }
        }));
        button.setId("campaign-" + id);
        if (primary) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return button;
    }

    /** Checks with the service's own rules first, so most problems show on their fields without a request. */
    private void save() {
        CampaignSettings settings = form.read();
        if (form.showProblems(CampaignRules.problems(settings))) {
            return;
        }
        try {
            render(campaigns.update(campaignId, settings));
            Feedback.success("Settings saved.");
        } catch (ValidationException e) {
            form.showProblems(e.fieldProblems());
        }
    }

    /** A refused lifecycle step whose problems are about settings shows them on the settings' fields. */
    private void refused(ValidationException e) {
        if (e.fieldProblems().stream().anyMatch(p -> p.field() != null)) {
            tabs.setSelectedIndex(0);
            form.showProblems(e.fieldProblems());
        } else {
            Feedback.error(e);
        }
    }

    private void refreshProgress() {
        if (progress != null) {
            progress.show(assignments.progress(campaignId), assignments.wellbeing(campaignId));
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().setPollInterval(REFRESH_MS);
        event.getUI().addPollListener(e -> refreshProgress());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
    }
}
