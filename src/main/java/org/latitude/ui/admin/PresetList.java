package org.latitude.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.latitude.shared.ValidationException;
import org.latitude.taxonomy.ImportOutcome;
import org.latitude.taxonomy.Preset;
import org.latitude.ui.Feedback;

/** The presets bundled with Latitude, each installable through the same importer as an uploaded file. */
class PresetList extends Grid<Preset> {

    private final transient Supplier<List<Preset>> presets;

    PresetList(Supplier<List<Preset>> presets, Function<String, ImportOutcome> install, Runnable onInstalled) {
        super(Preset.class, false);
        this.presets = presets;
        addColumn(Preset::name).setHeader("Preset").setAutoWidth(true);
        addColumn(Preset::version).setHeader("Version").setAutoWidth(true);
        addColumn(Preset::fileName).setHeader("File").setAutoWidth(true);
        addComponentColumn(p -> {
            if (p.installed()) {
                return new Span("installed");
            }
            Button button = new Button("Install", e -> {
                try {
                    Feedback.success(install.apply(p.fileName()).message());
                    onInstalled.run();
                } catch (ValidationException ex) {
                    Feedback.error(ex);
                }
            });
            button.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return button;
        }).setHeader("");
        setAllRowsVisible(true);
        refresh();
    }

    void refresh() {
        setItems(presets.get());
    }
}
