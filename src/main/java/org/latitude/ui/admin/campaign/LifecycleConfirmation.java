package org.latitude.ui.admin.campaign;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.latitude.campaign.CampaignSettings;
import org.latitude.campaign.PairwisePreferenceTask;
import org.latitude.campaign.SafetyLabelTask;
import org.latitude.dataset.DatasetSummary;
import org.latitude.taxonomy.PrincipleSetSummary;
import org.latitude.taxonomy.TaxonomySummary;

/**
 * The confirmations in front of the two irreversible lifecycle steps. Each says, with this campaign's own values,
 * what becomes frozen (start) or final (close), and what stays possible.
 */
final class LifecycleConfirmation {

    private LifecycleConfirmation() {
    }

    /** Starting freezes what defines the work; {@code frozen} lists it with this campaign's values. */
    static ConfirmDialog start(String campaign, List<String> frozen, Runnable onConfirm) {
        ConfirmDialog dialog = dialog("start", "Start \u201C" + campaign + "\u201D?", "Start campaign",
                "Keep as draft", onConfirm);
        dialog.setText(new Div(new Paragraph("Starting builds the item pool and members can begin at once. From then "
                + "on these can no longer change:"), list(frozen), new Paragraph("Name, description, guidelines, "
                + "members, lease, quota, breaks and content notices stay editable; the overlap may only grow.")));
        return dialog;
    }

    /** What starting freezes, with the saved settings' values. */
    static List<String> frozenOnStart(CampaignSettings s, List<TaxonomySummary> taxonomyList,
                                      List<PrincipleSetSummary> principleList, List<DatasetSummary> datasetList,
                                      int goldItems) {
        List<String> frozen = new ArrayList<>();
        switch (s.task()) {
            case SafetyLabelTask t -> {
                frozen.add("the task: safety labels");
                frozen.add("the taxonomy version: " + taxonomyList.stream().filter(v -> Objects.equals(v.versionId(),
                        t.taxonomyVersionId())).map(TaxonomySummary::displayName).findFirst().orElse("none chosen"));
            }
            case PairwisePreferenceTask t -> {
                frozen.add("the task: pairwise preference");
                frozen.add("the principle set: " + principleList.stream().filter(p -> Objects.equals(p.id(),
                        t.principleSetId())).map(PrincipleSetSummary::displayName).findFirst().orElse("none chosen"));
            }
        }
        frozen.add("the datasets: " + datasetList.stream().filter(d -> s.datasetIds().contains(d.id()))
                .map(d -> d.name() + " (" + d.itemCount() + " items)").collect(Collectors.joining(", ")));
        frozen.add("the gold items: " + goldItems);
        frozen.add("the overlap can only grow from k = " + s.overlap());
        return frozen;
    }

    /** Closing is final: no more work, no more changes; the annotations stay for analysis and export. */
    static ConfirmDialog close(String campaign, String progress, Runnable onConfirm) {
        ConfirmDialog dialog = dialog("close", "Close \u201C" + campaign + "\u201D for good?", "Close for good",
                "Keep it open", onConfirm);
        dialog.setConfirmButtonTheme("error primary");
        dialog.setText(new Div(new Paragraph("Closing is final; a closed campaign cannot be reopened."), list(List.of(
                "no more items are given out, and an answer to an item already on screen is refused",
                "annotators can no longer submit or edit their annotations",
                "settings and members can no longer change")), new Paragraph("The annotations stay for analysis "
                + "and export. Progress now: " + progress)));
        return dialog;
    }

    private static ConfirmDialog dialog(String id, String header, String confirm, String cancel, Runnable onConfirm) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("confirm-" + id);
        dialog.setHeader(header);
        dialog.setConfirmText(confirm);
        dialog.setCancelable(true);
        dialog.setCancelText(cancel);
        dialog.addConfirmListener(e -> onConfirm.run());
        return dialog;
    }

    private static UnorderedList list(List<String> lines) {
        UnorderedList list = new UnorderedList();
        lines.forEach(line -> list.add(new ListItem(line)));
        return list;
    }
}
