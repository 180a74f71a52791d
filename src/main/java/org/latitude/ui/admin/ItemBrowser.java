package org.latitude.ui.admin;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import org.latitude.dataset.DatasetService;
import org.latitude.dataset.DatasetSummary;
import org.latitude.dataset.ItemSummary;

/**
 * Browse the items of a dataset in file order, lazily (any size), with a search over ids and text; the selected item
 * is shown below as plain text.
 */
class ItemBrowser extends VerticalLayout {

    private final transient DatasetService datasets;
    private final Select<DatasetSummary> dataset = new Select<>();
    private final TextField search = new TextField();
    private final Grid<ItemSummary> items = new Grid<>(ItemSummary.class, false);
    private final ItemText details = new ItemText();

    ItemBrowser(DatasetService datasets) {
        this.datasets = datasets;
        setPadding(false);
        dataset.setId("item-browser-dataset");
        dataset.setLabel("Dataset");
        dataset.setItemLabelGenerator(d -> d.name() + " (" + d.itemCount() + " items)");
        dataset.setWidth("28rem");
        dataset.addValueChangeListener(e -> reload());
        search.setId("item-search");
        search.setLabel("Search ids and text");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setValueChangeTimeout(400);
        search.addValueChangeListener(e -> reload());
        items.setId("item-grid");
        items.addColumn(ItemSummary::sourceLine).setHeader("Line").setAutoWidth(true);
        items.addColumn(ItemSummary::externalId).setHeader("Id").setAutoWidth(true);
        items.addColumn(i -> i.kind().name().toLowerCase()).setHeader("Kind").setAutoWidth(true);
        items.addColumn(i -> oneLine(i.preview())).setHeader("Beginning").setFlexGrow(1);
        items.setHeight("24rem");
        items.asSingleSelect().addValueChangeListener(e -> details.show(e.getValue() == null ? null
                : datasets.itemDetails(e.getValue().id())));
        add(new HorizontalLayout(dataset, search), items, details);
        refreshDatasets();
    }

    /** Reloads the list of datasets, keeping the selection when it still exists. */
    void refreshDatasets(Long select) {
        List<DatasetSummary> all = datasets.datasets();
        dataset.setItems(all);
        all.stream().filter(d -> select != null && d.id() == select).findFirst().ifPresent(dataset::setValue);
    }

    void refreshDatasets() {
        refreshDatasets(dataset.getValue() == null ? null : dataset.getValue().id());
    }

    private void reload() {
        details.show(null);
        DatasetSummary selected = dataset.getValue();
        if (selected == null) {
            items.setItems(List.of());
            return;
        }
        String text = search.getValue();
        items.setItems(query -> datasets.browse(selected.id(), text, query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, datasets.countItems(selected.id(), text)));
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ");
    }
}
