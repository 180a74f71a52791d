package org.latitude.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import jakarta.annotation.security.PermitAll;

/**
 * HTTP 404 inside the app's layout: an unknown address, and a campaign the user may not open. The two read the same,
 * so a non-member cannot tell whether a campaign exists.
 */
@ParentLayout(MainLayout.class)
@PageTitle("Not found · Latitude")
@PermitAll
public class NotFoundPage extends ErrorPage implements HasErrorParameter<NotFoundException> {

    public NotFoundPage() {
        super("not-found");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        show("Page not found", "There is nothing at this address for you: it does not exist, or it has not been "
                + "shared with you. If someone sent you this link, ask them to check it or to add you.");
        return HttpStatusCode.NOT_FOUND.getCode();
    }
}
