package org.latitude.ui.admin;

import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import org.latitude.dataset.DatasetService;
import org.latitude.dataset.DatasetSummary;
import org.latitude.shared.ValidationException;
import org.latitude.ui.Feedback;

/** The stored datasets with their counts; a dataset no campaign uses can be deleted (after a confirmation). */
class DatasetList extends Grid<DatasetSummary> {

    private final transient DatasetService datasets;
    private final transient Runnable onChanged;

    DatasetList(DatasetService datasets, Runnable onChanged) {
        super(DatasetSummary.class, false);
        this.datasets = datasets;
        this.onChanged = onChanged;
        setId("dataset-list");
        addColumn(DatasetSummary::name).setHeader("Dataset").setAutoWidth(true).setFlexGrow(1);
        addColumn(d -> d.format().label()).setHeader("Format").setAutoWidth(true);
        addColumn(DatasetSummary::itemCount).setHeader("Items").setAutoWidth(true);
        addColumn(DatasetSummary::exchangeCount).setHeader("Exchanges").setAutoWidth(true);
        addColumn(DatasetSummary::pairCount).setHeader("Pairs").setAutoWidth(true);
        addColumn(d -> d.inUse() ? "used by a campaign" : "unused").setHeader("Status").setAutoWidth(true);
        addColumn(d -> UsersView.WHEN.format(d.importedAt()) + " by " + d.importedBy() + " from " + d.sourceFile())
                .setHeader("Imported").setAutoWidth(true);
        addComponentColumn(this::warningsButton).setHeader("Content warnings").setAutoWidth(true);
        addComponentColumn(this::deleteButton).setHeader("").setAutoWidth(true);
        setAllRowsVisible(true);
        refresh();
    }

    List<DatasetSummary> refresh() {
        List<DatasetSummary> all = datasets.datasets();
        setItems(all);
        return all;
    }

    /** The dataset's declared content warnings, editable: what a campaign may take its content notices from. */
    private Button warningsButton(DatasetSummary dataset) {
        List<String> declared = datasets.contentWarnings(dataset.id());
        Button edit = new Button(declared.isEmpty() ? "none declared" : String.join(", ", declared),
                VaadinIcon.EDIT.create(), e -> editWarnings(dataset, declared));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        edit.setId("warnings-" + dataset.id());
        return edit;
    }

    private void editWarnings(DatasetSummary dataset, List<String> declared) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Content warnings of " + dataset.name());
        TextField field = new TextField("Declared for every item (comma-separated: category keys or names, or plain "
                + "words)");
        field.setId("content-warnings");
        field.setWidth("32rem");
        field.setValue(String.join(", ", declared));
        Button save = new Button("Save", e -> {
            try {
                datasets.setContentWarnings(dataset.id(), java.util.Arrays.asList(field.getValue().split(",")));
                Feedback.success("Content warnings of " + dataset.name() + " saved.");
                dialog.close();
                onChanged.run();
            } catch (ValidationException ex) {
                field.setInvalid(true);
                field.setErrorMessage(String.join(" ", ex.problems()));
            }
        });
        save.setId("save-content-warnings");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new Paragraph("A campaign can show content notices from these alone, so that no item's own labels "
                + "prime its annotators."), field);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
    }

    private Button deleteButton(DatasetSummary dataset) {
        Button delete = new Button("Delete", VaadinIcon.TRASH.create(), e -> confirm(dataset));
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        delete.setEnabled(!dataset.inUse());
        return delete;
    }

    private void confirm(DatasetSummary dataset) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader("Delete " + dataset.name() + "?");
        dialog.setText("Its " + dataset.itemCount() + " items are deleted with it. This cannot be undone.");
        dialog.setCancelable(true);
        dialog.setConfirmText("Delete");
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> {
            try {
                datasets.delete(dataset.id());
                Feedback.success("Deleted " + dataset.name() + ".");
            } catch (ValidationException ex) {
                Feedback.error(ex);
            }
            onChanged.run();
        });
        dialog.open();
    }
}
