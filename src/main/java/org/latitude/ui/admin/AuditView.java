package org.latitude.ui.admin;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.latitude.audit.AuditLog;
import org.latitude.audit.AuditRecord;
import org.latitude.ui.ClientTime;

/**
 * The audit log, newest first, lazily paged, filterable by text. Entries name users, campaigns, datasets and
 * taxonomies; a settings update lists its changed fields as before → after; a selected row shows its whole detail.
 */
@Route("admin/audit")
@PageTitle("Audit log · Latitude")
@RolesAllowed("ADMIN")
public class AuditView extends VerticalLayout {

    public AuditView(AuditLog audit) {
        setId("audit-view");
        setSizeFull();
        TextField filter = new TextField();
        filter.setPlaceholder("Filter by user, action or target");
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setClearButtonVisible(true);
        Grid<AuditRecord> grid = new Grid<>(AuditRecord.class, false);
        grid.setId("audit-grid");
        grid.addColumn(r -> ClientTime.exact(r.occurredAt())).setHeader("When").setAutoWidth(true);
        grid.addColumn(AuditRecord::actor).setHeader("Who").setAutoWidth(true);
        grid.addColumn(AuditRecord::action).setHeader("Action").setAutoWidth(true);
        grid.addColumn(AuditRecord::target).setHeader("Target").setAutoWidth(true);
        grid.addColumn(r -> r.detail() == null ? "" : r.detail()).setHeader("Detail (select a row for all of it)")
                .setFlexGrow(1);
        // the whole detail of a change on demand: a settings update lists every changed field, before -> after
        grid.setItemDetailsRenderer(new ComponentRenderer<>(r -> {
            Div detail = new Div(new Div("Target: " + r.target()), new Div(r.detail() == null ? "(no detail)"
                    : r.detail().replace("; ", "\n")));
            detail.addClassName("audit-detail");
            return detail;
        }));
        CallbackDataProvider<AuditRecord, Void> entries = DataProvider.fromCallbacks(
                q -> audit.search(filter.getValue(), q.getOffset(), q.getLimit()).stream(),
                q -> (int) Math.min(Integer.MAX_VALUE, audit.count(filter.getValue())));
        grid.setItems(entries);
        filter.addValueChangeListener(e -> entries.refreshAll());
        grid.setSizeFull();
        add(new H2("Audit log"), filter, grid);
    }
}
