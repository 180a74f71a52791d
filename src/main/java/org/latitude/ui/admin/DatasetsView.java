package org.latitude.ui.admin;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.latitude.dataset.DatasetImportJobs;
import org.latitude.dataset.DatasetService;

/** Datasets: import a file with progress and a validation report, the stored datasets, and an item browser. */
@Route("admin/datasets")
@PageTitle("Datasets · Latitude")
@RolesAllowed("ADMIN")
public class DatasetsView extends VerticalLayout {

    private final DatasetUpload upload;

    public DatasetsView(DatasetService datasets, DatasetImportJobs jobs) {
        setId("datasets-view");
        ItemBrowser browser = new ItemBrowser(datasets);
        DatasetList[] list = new DatasetList[1];
        list[0] = new DatasetList(datasets, () -> {
            list[0].refresh();
            browser.refreshDatasets();
        });
        upload = new DatasetUpload(datasets.limits(), jobs, report -> {
            list[0].refresh();
            browser.refreshDatasets(report.datasetId());
        });
        add(new H2("Datasets"),
                new H3("Import"),
                new Paragraph(new Text("The whole file is checked first; it is stored only when every line is valid, "
                        + "otherwise the report lists each bad line. "), FormatsHelpView.link()),
                upload,
                new H3("Stored datasets"), list[0],
                new H3("Items"), browser);
    }

    DatasetUpload upload() {
        return upload;
    }
}
