package org.latitude.ui.admin.campaign;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import org.latitude.campaign.CampaignDetails;
import org.latitude.campaign.CampaignService;
import org.latitude.campaign.CampaignStatus;
import org.latitude.campaign.GoldItem;
import org.latitude.campaign.SafetyLabelTask;
import org.latitude.dataset.DatasetService;
import org.latitude.dataset.DatasetSummary;
import org.latitude.dataset.ItemSummary;
import org.latitude.shared.ValidationException;
import org.latitude.ui.Feedback;

/** Gold items with their expected answers (admin-only; annotators never learn which items are gold). */
class CampaignGoldPanel extends VerticalLayout {

    private final List<GoldItem> gold;
    private final Grid<GoldItem> grid = new Grid<>(GoldItem.class, false);

    CampaignGoldPanel(CampaignService campaigns, DatasetService datasets, CampaignDetails details) {
        setPadding(false);
        gold = new ArrayList<>(campaigns.goldItems(details.id()));
        boolean draft = details.summary().status() == CampaignStatus.DRAFT;
        grid.addColumn(GoldItem::itemId).setHeader("Item").setAutoWidth(true);
        grid.addColumn(GoldItem::answer).setHeader("Expected answer").setFlexGrow(1);
        grid.setAllRowsVisible(true);
        grid.setItems(gold);
        add(new Paragraph(details.settings().task() instanceof SafetyLabelTask
                ? "Answer format: {\"prompt\": \"safe|unsafe\", \"response\": \"safe|unsafe|needs_caution\", "
                        + "\"categories\": [\"violence\"]}"
                : "Answer format: {\"preference\": \"A|B|TIE\"}"), grid);
        if (!draft) {
            add(new Paragraph("Gold items are fixed once the campaign has started."));
            return;
        }
        ComboBox<DatasetSummary> dataset = new ComboBox<>("Dataset");
        dataset.setItems(details.settings().datasetIds().stream().map(datasets::dataset).toList());
        dataset.setItemLabelGenerator(DatasetSummary::name);
        TextField externalId = new TextField("Item id in the file");
        TextField answer = new TextField("Expected answer (JSON)");
        answer.setWidth("28em");
        Button add = new Button("Add", e -> {
            if (dataset.getValue() == null) {
                Feedback.error("Choose the dataset of the item.");
                return;
            }
            List<ItemSummary> found = datasets.browse(dataset.getValue().id(), externalId.getValue(), 0, 50).stream()
                    .filter(i -> i.externalId().equals(externalId.getValue().strip())).toList();
            if (found.isEmpty()) {
                Feedback.error("No item '" + externalId.getValue() + "' in " + dataset.getValue().name() + ".");
                return;
            }
            gold.removeIf(g -> g.itemId().equals(found.getFirst().id()));
            gold.add(new GoldItem(found.getFirst().id(), answer.getValue()));
            grid.setItems(gold);
        });
        Button save = new Button("Save gold items", e -> {
            try {
                campaigns.setGoldItems(details.id(), gold);
                Feedback.success(gold.size() + " gold items saved.");
            } catch (ValidationException ex) {
                Feedback.error(ex);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button clear = new Button("Remove all", e -> {
            gold.clear();
            grid.setItems(gold);
        });
        HorizontalLayout row = new HorizontalLayout(dataset, externalId, answer, add);
        row.setAlignItems(Alignment.BASELINE);
        add(row, new HorizontalLayout(save, clear));
    }
}
