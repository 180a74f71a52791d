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
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.latitude.assignment.AssignmentService;
import org.latitude.campaign.CampaignDetails;
import org.latitude.campaign.CampaignService;
import org.latitude.campaign.CampaignStatus;
import org.latitude.campaign.CampaignSummary;
import org.latitude.dataset.DatasetService;
import org.latitude.security.UserAccountService;
import org.latitude.security.UserSummary;
import org.latitude.shared.CampaignId;
import org.latitude.shared.ValidationException;
import org.latitude.taxonomy.PrincipleSetService;
import org.latitude.taxonomy.TaxonomyService;
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

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            campaignId = new CampaignId(Long.parseLong(event.getRouteParameters().get("campaignId").orElse("")));
            render(campaigns.details(campaignId));
        } catch (NumberFormatException | ValidationException e) {
            event.forwardTo(CampaignsView.class);
        }
    }

    private void render(CampaignDetails details) {
        removeAll();
        CampaignSummary s = details.summary();
        HorizontalLayout header = new HorizontalLayout(new H2(s.name()), CampaignsView.status(s));
        header.setAlignItems(Alignment.BASELINE);
        header.add(lifecycleButtons(s.status()));
        CampaignSettingsForm form = new CampaignSettingsForm(taxonomies.versions(), principles.sets(),
                datasets.datasets(), id -> taxonomies.details(id).categories());
        form.show(details.settings(), s.status().started());
        Button save = new Button("Save settings", e -> save(form));
        save.setId("save-settings");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setEnabled(s.status() != CampaignStatus.CLOSED);
        var users = accounts.listUsers();
        Map<Long, String> names = users.stream().collect(Collectors.toMap(UserSummary::id, UserSummary::username));
        progress = new CampaignProgressPanel(names);
        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.add("Settings", new VerticalLayout(form, save));
        tabs.add("Members", new CampaignMembersPanel(campaigns, details, users));
        tabs.add("Gold items", new CampaignGoldPanel(campaigns, datasets, details));
        tabs.add("Progress", progress);
        add(header, tabs);
        refreshProgress();
    }

    private HorizontalLayout lifecycleButtons(CampaignStatus status) {
        HorizontalLayout buttons = new HorizontalLayout();
        if (status == CampaignStatus.DRAFT) {
            buttons.add(action("Start campaign", "activate", campaigns::activate, true));
        }
        if (status == CampaignStatus.PAUSED) {
            buttons.add(action("Resume", "resume", campaigns::activate, true));
        }
        if (status == CampaignStatus.ACTIVE) {
            buttons.add(action("Pause", "pause", campaigns::pause, false));
        }
        if (status == CampaignStatus.ACTIVE || status == CampaignStatus.PAUSED) {
            buttons.add(action("Close for good", "close", campaigns::close, false));
        }
        return buttons;
    }

    private Button action(String label, String id, Function<CampaignId, CampaignSummary> change, boolean primary) {
        Button button = new Button(label, e -> {
            try {
                CampaignSummary after = change.apply(campaignId);
                Feedback.success(after.name() + " is now " + after.status().name().toLowerCase() + ".");
                render(campaigns.details(campaignId));
            } catch (ValidationException ex) {
                Feedback.error(ex);
            }
        });
        button.setId("campaign-" + id);
        if (primary) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return button;
    }

    private void save(CampaignSettingsForm form) {
        try {
            render(campaigns.update(campaignId, form.read()));
            Feedback.success("Settings saved.");
        } catch (ValidationException e) {
            Feedback.error(e);
        }
    }

    private void refreshProgress() {
        if (progress != null) {
            progress.show(assignments.progress(campaignId));
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
