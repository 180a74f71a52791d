package org.latitude.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouterLink;

/** The body of an error page inside the app's layout: what happened, in words, and the way home. */
abstract class ErrorPage extends VerticalLayout {

    ErrorPage(String id) {
        setId(id);
        addClassName("error-page");
    }

    void show(String title, String explanation) {
        removeAll();
        RouterLink home = new RouterLink("Back to the home page", HomeView.class);
        home.setId("error-home");
        add(new H2(title), new Paragraph(explanation), home);
    }
}
