package org.latitude.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Html;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.latitude.testsupport.LatitudeSpringTest;
import org.latitude.testsupport.TestUsers;
import org.latitude.ui.SafeMarkdown;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The in-app file-format page is docs/formats.md itself, rendered safely. */
@LatitudeSpringTest
class FormatsHelpViewTest extends SpringBrowserlessTest {

    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void theHelpPageRendersTheSameMarkdownAsDocsFormatsMd() throws IOException {
        String doc = Files.readString(Path.of("docs/formats.md"));
        assertThat(FormatsHelpView.markdown()).isEqualTo(doc);
        TestUsers.signIn(users, LatitudeSpringTest.ADMIN);
        FormatsHelpView view = navigate(FormatsHelpView.class);
        String html = view.getChildren().filter(Html.class::isInstance).map(c -> ((Html) c).getInnerHtml())
                .findFirst().orElseThrow();
        assertThat(html).contains("<h1>File formats</h1>");
        doc.lines().filter(l -> l.startsWith("## ")).map(l -> l.substring(3).strip())
                .forEach(heading -> assertThat(html).contains(heading.replace("`", "")));
        assertThat(SafeMarkdown.toHtml(doc)).doesNotContain("<script");
    }
}
