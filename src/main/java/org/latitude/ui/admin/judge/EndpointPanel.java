package org.latitude.ui.admin.judge;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.latitude.judge.ConnectionCheck;
import org.latitude.judge.EndpointSettings;
import org.latitude.judge.EndpointSummary;
import org.latitude.judge.JobRules;
import org.latitude.judge.JudgeJobs;
import org.latitude.shared.ValidationException;
import org.latitude.ui.Feedback;

/**
 * OpenAI-compatible endpoints: add or update one (the key as an environment variable's name, or typed once and stored
 * encrypted — never shown again), and test a connection.
 */
class EndpointPanel extends VerticalLayout {

    private final JudgeJobs jobs;
    private final Grid<EndpointSummary> grid = new Grid<>(EndpointSummary.class, false);
    private final TextField name = new TextField("Name");
    private final TextField baseUrl = new TextField("Base URL");
    private final TextField model = new TextField("Model");
    private final TextField provider = new TextField("Provider");
    private final TextField keyEnv = new TextField("API key from environment variable");
    private final PasswordField key = new PasswordField("or API key to store (encrypted)");
    private final Div check = new Div();

    EndpointPanel(JudgeJobs jobs) {
        this.jobs = jobs;
        setPadding(false);
        name.setId("endpoint-name");
        baseUrl.setId("endpoint-url");
        baseUrl.setPlaceholder("http://localhost:8000/v1");
        model.setId("endpoint-model");
        provider.setId("endpoint-provider");
        provider.setPlaceholder("vLLM, Ollama, llama.cpp, OpenAI");
        key.setRevealButtonVisible(false);
        Button save = new Button("Save endpoint", e -> save());
        save.setId("endpoint-save");
        grid.setId("endpoints");
        grid.addColumn(EndpointSummary::name).setHeader("Name").setAutoWidth(true);
        grid.addColumn(EndpointSummary::baseUrl).setHeader("Base URL").setFlexGrow(1);
        grid.addColumn(EndpointSummary::model).setHeader("Model").setAutoWidth(true);
        grid.addColumn(EndpointSummary::keySource).setHeader("API key").setAutoWidth(true);
        grid.addComponentColumn(e -> new Button("Test connection", c -> test(e))).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        check.setId("endpoint-check");
        FlexLayout form = new FlexLayout(name, baseUrl, model, provider, keyEnv, key, save);
        form.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        form.setAlignItems(Alignment.BASELINE);
        form.getStyle().set("gap", "var(--lumo-space-m)");
        add(form, grid, check);
        refresh();
    }

    List<EndpointSummary> endpoints() {
        return jobs.endpoints();
    }

    private void refresh() {
        grid.setItems(jobs.endpoints());
    }

    private void save() {
        EndpointSettings settings = new EndpointSettings(name.getValue(), baseUrl.getValue(), model.getValue(),
                provider.getValue(), keyEnv.getValue(), key.getValue());
        List<String> problems = JobRules.problems(settings);
        if (!problems.isEmpty()) {
            Feedback.error(String.join("\n", problems));
            return;
        }
        try {
            jobs.saveEndpoint(settings);
            key.clear();
            Feedback.success("Endpoint " + settings.name().strip() + " saved.");
            refresh();
        } catch (ValidationException e) {
            Feedback.error(e);
        }
    }

    private void test(EndpointSummary e) {
        ConnectionCheck result = jobs.testConnection(e.id());
        check.setText(e.name() + ": " + result.message());
        check.getElement().setAttribute("data-ok", String.valueOf(result.ok()));
    }
}
