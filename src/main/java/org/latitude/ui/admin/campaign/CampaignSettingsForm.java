package org.latitude.ui.admin.campaign;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.latitude.campaign.CampaignRules;
import org.latitude.campaign.CampaignSettings;
import org.latitude.campaign.CampaignTask;
import org.latitude.campaign.NeedsCautionPolicy;
import org.latitude.campaign.NoticeSource;
import org.latitude.campaign.PairwisePreferenceTask;
import org.latitude.campaign.SafetyLabelTask;
import org.latitude.campaign.TaskType;
import org.latitude.campaign.Wellbeing;
import org.latitude.dataset.DatasetSummary;
import org.latitude.taxonomy.HazardCategory;
import org.latitude.taxonomy.PrincipleSetSummary;
import org.latitude.shared.FieldProblem;
import org.latitude.taxonomy.TaxonomySummary;
import org.latitude.ui.FieldErrors;

/**
 * The campaign's settings as form fields. What defines the work (task, taxonomy or principle set, datasets) is
 * read-only once the campaign has started; the overlap may then only grow (the service enforces both).
 */
class CampaignSettingsForm extends FormLayout {

    /** Reads the categories of a taxonomy version for the sensitive-category choice. */
    interface Categories {
        List<HazardCategory> of(long taxonomyVersionId);
    }

    private final TextField name = new TextField("Name");
    private final TextArea description = new TextArea("Description");
    private final TextArea guidelines = new TextArea("Guidelines (Markdown; raw HTML is shown as text)");
    private final Select<TaskType> task = new Select<>();
    private final ComboBox<TaxonomySummary> taxonomy = new ComboBox<>("Taxonomy version");
    private final ComboBox<PrincipleSetSummary> principles = new ComboBox<>("Principle set");
    private final MultiSelectComboBox<DatasetSummary> datasets = new MultiSelectComboBox<>("Datasets");
    private final IntegerField overlap = new IntegerField("Annotators per item (k)");
    private final Select<NeedsCautionPolicy> policy = new Select<>();
    private final IntegerField lease = new IntegerField("Lease time-out (minutes)");
    private final IntegerField quota = new IntegerField("Daily quota per annotator (empty: none)");
    private final IntegerField goldRate = new IntegerField("Gold items (% of requests)");
    private final MultiSelectComboBox<HazardCategory> sensitive = new MultiSelectComboBox<>(
            "Sensitive categories (content notice first)");
    private final Checkbox blur = new Checkbox("Blur responses until clicked");
    private final IntegerField breakReminder = new IntegerField("Break reminder after (minutes; empty: none)");
    private final MultiSelectComboBox<HazardCategory> optOuts = new MultiSelectComboBox<>(
            "Annotators may opt out of (sensitive categories)");
    private final IntegerField cap = new IntegerField("Daily cap per sensitive category (items per annotator; empty: "
            + "none)");
    private final IntegerField enforcedBreak = new IntegerField("Enforced break after (minutes of work; empty: none)");
    private final IntegerField breakLength = new IntegerField("Enforced break length (minutes)");
    private final Select<NoticeSource> noticeSource = new Select<>();
    private final transient Categories categories;
    private final FieldErrors errors = new FieldErrors();

    CampaignSettingsForm(List<TaxonomySummary> taxonomies, List<PrincipleSetSummary> principleSets,
                         List<DatasetSummary> datasetList, Categories categories) {
        this.categories = categories;
        setId("campaign-settings");
        task.setLabel("Task");
        task.setItems(TaskType.values());
        task.setItemLabelGenerator(t -> t == TaskType.SAFETY_LABEL ? "Safety labels" : "Pairwise preference");
        taxonomy.setItems(taxonomies);
        taxonomy.setItemLabelGenerator(TaxonomySummary::displayName);
        principles.setItems(principleSets);
        principles.setItemLabelGenerator(PrincipleSetSummary::displayName);
        datasets.setItems(datasetList);
        datasets.setItemLabelGenerator(d -> d.name() + " (" + d.itemCount() + " items)");
        policy.setLabel("Needs-Caution counts as");
        policy.setItems(NeedsCautionPolicy.values());
        policy.setItemLabelGenerator(p -> switch (p) {
            case SAFE -> "safe";
            case UNSAFE -> "unsafe";
            case OWN_VALUE -> "its own value";
        });
        sensitive.setItemLabelGenerator(HazardCategory::name);
        optOuts.setItemLabelGenerator(HazardCategory::name);
        optOuts.setId("opt-out-categories");
        cap.setId("category-cap");
        enforcedBreak.setId("enforced-break");
        breakLength.setId("break-length");
        noticeSource.setId("notice-source");
        noticeSource.setLabel("Content notices come from");
        noticeSource.setItems(NoticeSource.values());
        noticeSource.setItemLabelGenerator(n -> switch (n) {
            case REFERENCE_LABELS -> "reference labels (per item; may prime annotators)";
            case MODEL_JUDGMENTS -> "model judgments (per item)";
            case DECLARED -> "only the datasets' declared content warnings";
        });
        guidelines.setMinHeight("10em");
        overlap.setMin(1);
        overlap.setMax(50);
        overlap.setStepButtonsVisible(true);
        task.addValueChangeListener(e -> showTaskFields());
        taxonomy.addValueChangeListener(e -> loadCategories());
        add(name, task, description, taxonomy, principles, datasets, overlap, policy, lease, quota, goldRate,
                breakReminder, sensitive, blur, noticeSource, optOuts, cap, enforcedBreak, breakLength);
        setColspan(description, 2);
        setColspan(guidelines, 2);
        add(guidelines);
        setColspan(guidelines, 2);
        errors.bind("name", name).bind("description", description).bind("guidelines", guidelines)
                .bind("task", task).bind(CampaignRules.TAXONOMY, taxonomy).bind(CampaignRules.PRINCIPLES, principles)
                .bind("datasetIds", datasets).bind("overlap", overlap).bind("needsCautionPolicy", policy)
                .bind("leaseMinutes", lease).bind("dailyQuota", quota).bind("goldRatePercent", goldRate)
                .bind("breakReminderMinutes", breakReminder).bind("sensitiveCategories", sensitive)
                .bind(CampaignRules.OPT_OUTS, optOuts).bind(CampaignRules.CAP, cap)
                .bind(CampaignRules.ENFORCED_BREAK, enforcedBreak).bind(CampaignRules.BREAK_LENGTH, breakLength)
                .bind(CampaignRules.NOTICE_SOURCE, noticeSource);
    }

    /** Problems that belong to no visible field; placed under the form. */
    Div problems() {
        return errors.summary();
    }

    /** Shows each problem on its field; true when there were any. */
    boolean showProblems(List<FieldProblem> problems) {
        return errors.show(problems);
    }

    void show(CampaignSettings s, boolean started) {
        name.setValue(s.name());
        description.setValue(Objects.requireNonNullElse(s.description(), ""));
        guidelines.setValue(Objects.requireNonNullElse(s.guidelines(), ""));
        task.setValue(s.task() == null ? null : s.task().type());
        select(taxonomy, s.task() instanceof SafetyLabelTask t ? t.taxonomyVersionId() : null,
                TaxonomySummary::versionId);
        select(principles, s.task() instanceof PairwisePreferenceTask t ? t.principleSetId() : null,
                PrincipleSetSummary::id);
        datasets.setValue(datasets.getListDataView().getItems().filter(d -> s.datasetIds().contains(d.id()))
                .collect(Collectors.toSet()));
        overlap.setValue(s.overlap());
        policy.setValue(s.needsCautionPolicy());
        lease.setValue(s.leaseMinutes());
        quota.setValue(s.dailyQuota());
        goldRate.setValue(s.goldRatePercent());
        breakReminder.setValue(s.breakReminderMinutes());
        blur.setValue(s.blurResponses());
        loadCategories();
        sensitive.setValue(sensitive.getListDataView().getItems().filter(c -> s.sensitiveCategories().contains(c.key()))
                .collect(Collectors.toSet()));
        Wellbeing w = s.wellbeing();
        optOuts.setValue(optOuts.getListDataView().getItems().filter(c -> w.optOutCategories().contains(c.key()))
                .collect(Collectors.toSet()));
        cap.setValue(w.dailyCategoryCap());
        enforcedBreak.setValue(w.enforcedBreakMinutes());
        breakLength.setValue(w.breakLengthMinutes());
        noticeSource.setValue(w.noticeSource());
        task.setReadOnly(started);
        taxonomy.setReadOnly(started);
        principles.setReadOnly(started);
        datasets.setReadOnly(started);
        showTaskFields();
    }

    CampaignSettings read() {
        Set<String> sensitiveKeys = sensitive.getValue().stream().map(HazardCategory::key).collect(Collectors.toSet());
        return new CampaignSettings(name.getValue(), description.getValue(), guidelines.getValue(), task(),
                datasets.getValue().stream().map(DatasetSummary::id).sorted().toList(),
                overlap.getValue() == null ? 0 : overlap.getValue(), policy.getValue(),
                lease.getValue() == null ? 0 : lease.getValue(), quota.getValue(),
                goldRate.getValue() == null ? 0 : goldRate.getValue(), new HashSet<>(sensitiveKeys), blur.getValue(),
                breakReminder.getValue(), new Wellbeing(optOuts.getValue().stream().map(HazardCategory::key)
                        .collect(Collectors.toSet()), cap.getValue(), enforcedBreak.getValue(),
                        breakLength.getValue() == null ? 0 : breakLength.getValue(), noticeSource.getValue()));
    }

    private CampaignTask task() {
        if (task.getValue() == null) {
            return null;
        }
        return CampaignTask.of(task.getValue(), task.getValue() == TaskType.SAFETY_LABEL
                ? (taxonomy.getValue() == null ? null : taxonomy.getValue().versionId())
                : (principles.getValue() == null ? null : principles.getValue().id()));
    }

    private void showTaskFields() {
        boolean safety = task.getValue() != TaskType.PAIRWISE_PREFERENCE;
        taxonomy.setVisible(safety);
        policy.setVisible(safety);
        sensitive.setVisible(safety);
        optOuts.setVisible(safety);
        cap.setVisible(safety);
        noticeSource.setVisible(safety);
        principles.setVisible(!safety);
    }

    private void loadCategories() {
        List<HazardCategory> all = taxonomy.getValue() == null ? List.of()
                : categories.of(taxonomy.getValue().versionId());
        for (MultiSelectComboBox<HazardCategory> box : List.of(sensitive, optOuts)) {
            Set<HazardCategory> kept = box.getValue();
            box.setItems(all);
            box.setValue(box.getListDataView().getItems().filter(c -> kept.stream()
                    .anyMatch(k -> k.key().equals(c.key()))).collect(Collectors.toSet()));
        }
    }

    private static <T> void select(ComboBox<T> box, Long id, java.util.function.ToLongFunction<T> idOf) {
        box.setValue(id == null ? null : box.getListDataView().getItems().filter(t -> idOf.applyAsLong(t) == id)
                .findFirst().orElse(null));
    }
}
