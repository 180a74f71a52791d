package org.latitude.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import jakarta.annotation.security.PermitAll;

/**
 * HTTP 403 inside the app's layout, for a signed-in user on a screen their role does not open (an annotator on an
 * admin screen). Vaadin's navigation access control reroutes here; a signed-out user is sent to the login instead.
 */
@ParentLayout(MainLayout.class)
@PageTitle("No access · Latitude")
@PermitAll
public class AccessDeniedPage extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    public AccessDeniedPage() {
        super("access-denied");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        show("You do not have access to this page", "This screen is for administrators. If your work needs it, ask "
                + "an administrator of this Latitude installation.");
        return HttpStatusCode.FORBIDDEN.getCode();
    }
}
