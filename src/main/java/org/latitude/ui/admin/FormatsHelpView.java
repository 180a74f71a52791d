package org.latitude.ui.admin;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.latitude.ui.SafeMarkdown;

/**
 * The file-format reference in the app: {@code docs/formats.md} of the project, packaged as {@code help/formats.md}
 * by the build, rendered by {@link SafeMarkdown} (raw HTML escaped, unsafe links removed). One source, so the page
 * and the document never disagree.
 */
@Route("admin/help/formats")
@PageTitle("File formats · Latitude")
@RolesAllowed("ADMIN")
public class FormatsHelpView extends VerticalLayout {

    static final String RESOURCE = "/help/formats.md";

    public FormatsHelpView() {
        setId("formats-help");
        addClassName("help-page");
        add(SafeMarkdown.component(markdown()));
    }

    /** "The file formats" as a link here, for the import screens. */
    public static RouterLink link() {
        RouterLink link = new RouterLink("The file formats, with examples", FormatsHelpView.class);
        link.addClassName("formats-link");
        return link;
    }

    static String markdown() {
        try (InputStream in = FormatsHelpView.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
