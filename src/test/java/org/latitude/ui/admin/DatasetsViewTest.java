package org.latitude.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.latitude.dataset.DatasetService;
import org.latitude.dataset.DatasetSummary;
import org.latitude.dataset.IdRule;
import org.latitude.dataset.ImportFormat;
import org.latitude.dataset.ItemSummary;
import org.latitude.security.Role;
import org.latitude.security.SystemIdentity;
import org.latitude.security.UserAccountService;
import org.latitude.testsupport.LatitudeSpringTest;
import org.latitude.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The datasets screen without a browser: upload → background import → validation report, list and item text. */
@LatitudeSpringTest
class DatasetsViewTest extends SpringBrowserlessTest {

    @Autowired
    UserAccountService accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    DatasetService datasets;

    @BeforeEach
    void signInAsAdmin() {
        TestUsers.signIn(users, TestUsers.create(accounts, "admin", Role.ADMIN).username());
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    private DatasetsView upload(String name, ImportFormat format, String fileName, String content) {
        DatasetsView view = navigate(DatasetsView.class);
        test($(TextField.class).id("dataset-name")).setValue(name);
        @SuppressWarnings("unchecked")
        Select<ImportFormat> select = $(Select.class).id("dataset-format");
        select.setValue(format);
        test($(Upload.class).id("dataset-upload")).upload(fileName, "application/octet-stream",
                content.getBytes(StandardCharsets.UTF_8));
        return view;
    }

    /** Waits, running the UI's pending access tasks (the import's UI.access calls), until the report has an outcome. */
    private Div report() throws InterruptedException {
        Div report = $(Div.class).id("dataset-import-report");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!report.getElement().hasAttribute("data-outcome") && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
            MockVaadin.runUIQueue();
        }
        assertThat(report.getElement().hasAttribute("data-outcome")).as("import finished").isTrue();
        return report;
    }

    @Test
    void aBadFileShowsEveryBadLineAndStoresNothing() throws Exception {
        String name = TestUsers.uniqueName("bad-upload");
        upload(name, ImportFormat.GENERIC_JSONL, "bad.jsonl", "{\"id\": \"1\", \"prompt\": \"fine\"}\n"
                + "{\"id\": \"2\", \"prompt\": <b>not json</b>}\n"
                + "{\"id\": \"3\", \"messages\": [{\"role\": \"bot\", \"content\": \"x\"}]}\n");

        Div report = report();
        assertThat(report.getElement().getAttribute("data-outcome")).isEqualTo("rejected");
        assertThat(report.getText()).contains("bad.jsonl (Generic JSONL) was not imported; nothing was stored",
                "Line 2: invalid JSON", "Line 3: wrong role 'bot'");
        assertThat(SystemIdentity.callAsSystem(datasets::datasets)).extracting(DatasetSummary::name)
                .doesNotContain(name);
    }

    @Test
    void aGoodFileIsImportedListedAndItsItemsShownAsText() throws Exception {
        String name = TestUsers.uniqueName("good-upload");
        String hostile = "<img src=x onerror=alert(1)> \u202Egnirts";
        upload(name, null, "good.jsonl", "{\"id\": \"h1\", \"prompt\": \"" + hostile.replace("\u202E", "\\u202E")
                + "\", \"response\": \"No.\"}\n{\"id\": \"p1\", \"prompt\": \"Which?\", \"response_a\": \"A\", "
                + "\"response_b\": \"B\"}\n");

        Div report = report();
        assertThat(report.getText()).startsWith("Imported good.jsonl (Generic JSONL) as dataset '" + name
                + "': 2 items (1 exchanges, 1 pairs)");
        @SuppressWarnings("unchecked")
        Grid<DatasetSummary> list = $(Grid.class).id("dataset-list");
        assertThat(test(list).size()).isPositive();
        assertThat(list.getGenericDataView().getItems()).extracting(DatasetSummary::name).contains(name);

        @SuppressWarnings("unchecked")
        Grid<ItemSummary> items = $(Grid.class).id("item-grid");
        assertThat(test(items).size()).isEqualTo(2);
        test(items).select(0);
        Div details = $(Div.class).id("item-details");
        assertThat($(Div.class, details).withClassName("item-text").all()).extracting(Div::getText)
                .containsExactly(hostile, "No.");
        assertThat(details.getElement().getProperty("innerHTML")).isNull();
    }

    @Test
    void theAdminCanChooseAPresetAndContentHashIdsAndTheReportCountsTheLeftOutDuplicates() throws Exception {
        navigate(DatasetsView.class);
        @SuppressWarnings("unchecked")
        Select<ImportFormat> formats = $(Select.class).id("dataset-format");
        assertThat(formats.getListDataView().getItems()).contains(ImportFormat.OPENAI_MODERATION_JSONL,
                ImportFormat.AILUMINATE_CSV);
        String name = TestUsers.uniqueName("dedup-upload");
        test($(TextField.class).id("dataset-name")).setValue(name);
        formats.setValue(ImportFormat.GENERIC_JSONL);
        @SuppressWarnings("unchecked")
        Select<IdRule> ids = $(Select.class).id("dataset-ids");
        ids.setValue(IdRule.CONTENT_HASH);
        test($(Upload.class).id("dataset-upload")).upload("dupes.jsonl", "application/octet-stream",
                "{\"prompt\": \"same\"}\n{\"prompt\": \"other\"}\n{\"prompt\": \"same\"}\n"
                        .getBytes(StandardCharsets.UTF_8));

        Div report = report();
        assertThat(report.getText()).startsWith("Imported dupes.jsonl (Generic JSONL) as dataset '" + name
                + "': 2 items").endsWith("1 duplicate row was left out (same content as an earlier row). "
                + "Ids: Content hash (deduplicate).");
    }
}
