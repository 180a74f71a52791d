package org.latitude.ui.admin.judge;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import org.latitude.campaign.CampaignSummary;
import org.latitude.campaign.TaskType;
import org.latitude.judge.CostEstimate;
import org.latitude.judge.EndpointSummary;
import org.latitude.judge.JobProgress;
import org.latitude.judge.JobRules;
import org.latitude.judge.JobSettings;
import org.latitude.judge.JudgeJobs;
import org.latitude.judge.JudgmentKind;
import org.latitude.shared.CampaignId;
import org.latitude.shared.ValidationException;
import org.latitude.ui.Feedback;

/**
 * Start a live job (first the cost estimate in calls, tokens and money is shown and the start confirmed), and watch,
 * cancel or resume the campaign's jobs. Progress is read from the database every two seconds while the page is open.
 */
class JobPanel extends VerticalLayout {

    private final JudgeJobs jobs;
    private final EndpointPanel endpointPanel;
    private final Runnable onChange;
    private final ComboBox<EndpointSummary> endpoint = new ComboBox<>("Endpoint");
    private final ComboBox<String> template = new ComboBox<>("Template");
    private final TextField version = new TextField("Model version to record");
    private final IntegerField concurrency = field("Concurrency", 8);
    private final IntegerField rpm = field("Requests per minute (0: no limit)", 0);
    private final IntegerField retries = field("Retries", 4);
    private final IntegerField timeout = field("Time-out (s)", 60);
    private final IntegerField budgetCalls = field("Budget: calls", 10_000);
    private final IntegerField budgetTokens = field("Budget: tokens", 10_000_000);
    private final IntegerField maxTokens = field("max_tokens", 20);
    private final IntegerField topLogprobs = field("top_logprobs (0: none)", 20);
    private final NumberField priceIn = new NumberField("Price / 1M input tokens");
    private final NumberField priceOut = new NumberField("Price / 1M output tokens");
    private final Checkbox bothOrders = new Checkbox("Principles: ask both orders");
    private final Div estimate = new Div();
    private final Grid<JobProgress> grid = new Grid<>(JobProgress.class, false);
    private CampaignSummary campaign;

    JobPanel(JudgeJobs jobs, EndpointPanel endpointPanel, Runnable onChange) {
        this.jobs = jobs;
        this.endpointPanel = endpointPanel;
        this.onChange = onChange;
        setPadding(false);
        endpoint.setItemLabelGenerator(e -> e.name() + " (" + e.model() + ")");
        endpoint.setId("job-endpoint");
        template.setId("job-template");
        priceIn.setValue(0.0);
        priceOut.setValue(0.0);
        Button estimateButton = new Button("Estimate cost", e -> estimate());
        estimateButton.setId("job-estimate");
        Button start = new Button("Start job", e -> start());
        start.setId("job-start");
        estimate.setId("job-estimate-text");
        FlexLayout form = new FlexLayout(endpoint, template, version, concurrency, rpm, retries, timeout, budgetCalls,
                budgetTokens, maxTokens, topLogprobs, priceIn, priceOut, bothOrders);
        form.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        form.getStyle().set("gap", "var(--lumo-space-m)");
        grid.setId("judge-jobs");
        grid.addColumn(JobProgress::id).setHeader("Job").setAutoWidth(true);
        grid.addColumn(JobProgress::rater).setHeader("Model").setAutoWidth(true);
        grid.addColumn(JobProgress::template).setHeader("Template").setAutoWidth(true);
        grid.addColumn(p -> p.status().name().toLowerCase(Locale.ROOT) + (p.reason() == null ? "" : ": "
                + p.reason())).setHeader("Status").setFlexGrow(1);
        grid.addComponentColumn(p -> new ProgressBar(0, 1, p.fraction())).setHeader("Progress").setWidth("8rem");
        grid.addColumn(p -> p.callsAnswered() + " answered, " + p.callsUnparseable() + " unparseable, "
                + p.callsFailed() + " failed of " + p.callsTotal()).setHeader("Calls").setAutoWidth(true);
        grid.addColumn(p -> p.callsSent() + " / " + p.budgetCalls() + " calls, " + p.tokensUsed() + " / "
                + p.budgetTokens() + " tokens").setHeader("Budget used").setAutoWidth(true);
        grid.addComponentColumn(this::actions).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        add(form, new HorizontalLayout(estimateButton, start), estimate, grid);
        addAttachListener(e -> e.getUI().setPollInterval(2000));
        addDetachListener(e -> e.getUI().setPollInterval(-1));
        addAttachListener(e -> e.getUI().addPollListener(p -> refresh()));
    }

    void setCampaign(CampaignSummary c) {
        this.campaign = c;
        endpoint.setItems(endpointPanel.endpoints());
        template.setItems(jobs.templates().stream().filter(t -> c == null || (c.taskType() == TaskType.SAFETY_LABEL)
                == (t.kind() == JudgmentKind.SAFETY)).map(t -> t.key()).toList());
        setEnabled(c != null);
        refresh();
    }

    private void refresh() {
        grid.setItems(campaign == null ? List.of() : jobs.jobs(campaign.id()));
    }

    private HorizontalLayout actions(JobProgress p) {
        Button cancel = new Button("Cancel", e -> act(() -> jobs.cancel(p.id())));
        cancel.setEnabled(!p.resumable() && p.status().name().matches("QUEUED|RUNNING"));
        Button resume = new Button("Resume", e -> act(() -> jobs.resume(p.id(), value(budgetCalls),
                value(budgetTokens))));
        resume.setEnabled(p.resumable());
        return new HorizontalLayout(cancel, resume);
    }

    private JobSettings settings() {
        return new JobSettings(campaign == null ? new CampaignId(0) : campaign.id(), endpoint.getValue() == null ? 0
                : endpoint.getValue().id(), template.getValue(), version.getValue(), (int) value(concurrency),
                (int) value(rpm), (int) value(retries), (int) value(timeout), value(budgetCalls), value(budgetTokens),
                0, (int) value(maxTokens), (int) value(topLogprobs), bothOrders.getValue(),
                priceIn.getValue() == null ? 0 : priceIn.getValue(), priceOut.getValue() == null ? 0
                : priceOut.getValue());
    }

    private void estimate() {
        act(() -> estimate.setText(describe(jobs.estimate(settings()))));
    }

    private static String describe(CostEstimate c) {
        return String.format(Locale.ROOT, "%,d units, %,d calls, about %,d prompt + %,d completion tokens (%,d in all),"
                + " cost about %.2f at the given prices%s.", c.units(), c.calls(), c.promptTokens(),
                c.completionTokens(), c.tokens(), c.cost(), c.withinBudget() ? ", within the budget"
                        : " — more than the budget allows: the job would stop at it");
    }

    /** Shows the cost estimate and starts the job only when the admin confirms it. */
    private void start() {
        List<String> problems = JobRules.problems(settings());
        if (!problems.isEmpty() || endpoint.getValue() == null || template.getValue() == null) {
            Feedback.error(problems.isEmpty() ? "Choose an endpoint and a template." : String.join("\n", problems));
            return;
        }
        JobSettings settings = settings();
        act(() -> {
            String text = describe(jobs.estimate(settings));
            estimate.setText(text);
            ConfirmDialog dialog = new ConfirmDialog();
            dialog.setId("confirm-job-start");
            dialog.setHeader("Start this job on " + endpoint.getValue().name() + "?");
            dialog.setText("Estimate: " + text + " Budget: " + String.format(Locale.ROOT, "%,d calls and %,d tokens",
                    settings.budgetCalls(), settings.budgetTokens()) + "; the job stops before exceeding either.");
            dialog.setCancelable(true);
            dialog.setConfirmText("Start job");
            dialog.addConfirmListener(e -> act(() -> {
                JobProgress p = jobs.start(settings);
                Feedback.success("Job " + p.id() + " queued: " + p.callsTotal() + " calls.");
            }));
            dialog.open();
        });
    }

    private void act(Runnable action) {
        try {
            action.run();
            refresh();
            onChange.run();
        } catch (ValidationException e) {
            Feedback.error(e);
        }
    }

    private static long value(IntegerField f) {
        return f.getValue() == null ? 0 : f.getValue();
    }

    private static IntegerField field(String label, int value) {
        IntegerField f = new IntegerField(label);
        f.setValue(value);
        f.setWidth("11rem");
        return f;
    }
}
