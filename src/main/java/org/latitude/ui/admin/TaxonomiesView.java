package org.latitude.ui.admin;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.latitude.taxonomy.PrincipleSetService;
import org.latitude.taxonomy.TaxonomyService;

/** Taxonomies and principle sets: stored versions, bundled presets, and file import. */
@Route("admin/taxonomies")
@PageTitle("Taxonomies · Latitude")
@RolesAllowed("ADMIN")
public class TaxonomiesView extends VerticalLayout {

    private static final int MAX_FILE = 5 * 1024 * 1024;

    public TaxonomiesView(TaxonomyService taxonomies, PrincipleSetService principles) {
        setId("taxonomies-view");
        add(new H2("Taxonomies and principle sets"));
        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.add("Hazard taxonomies", taxonomyTab(taxonomies));
        tabs.add("Principle sets", principleTab(principles));
        add(tabs);
    }

    private static VerticalLayout taxonomyTab(TaxonomyService taxonomies) {
        TaxonomyBrowser browser = new TaxonomyBrowser(taxonomies);
        PresetList[] presets = new PresetList[1];
        Runnable refresh = () -> {
            browser.refresh();
            presets[0].refresh();
        };
        presets[0] = new PresetList(taxonomies::presets, taxonomies::installPreset, refresh);
        FileImport upload = new FileImport("Import a taxonomy file (JSON)",
                "application/json,.json", MAX_FILE, taxonomies::importFile, refresh);
        upload.setId("taxonomy-import");
        return new VerticalLayout(browser, new H3("Bundled presets"), presets[0], new H3("Import"),
                FormatsHelpView.link(), upload);
    }

    private static VerticalLayout principleTab(PrincipleSetService principles) {
        PrincipleSetBrowser browser = new PrincipleSetBrowser(principles);
        PresetList[] presets = new PresetList[1];
        Runnable refresh = () -> {
            browser.refresh();
            presets[0].refresh();
        };
        presets[0] = new PresetList(principles::presets, principles::installPreset, refresh);
        FileImport upload = new FileImport("Import a principle-set file (JSON)", "application/json,.json", MAX_FILE,
                principles::importFile, refresh);
        return new VerticalLayout(browser, new H3("Bundled presets"), presets[0], new H3("Import"),
                FormatsHelpView.link(), upload);
    }
}
