package org.latitude.ui.admin;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.latitude.audit.AuditLog;
import org.latitude.audit.AuditRecord;

/** The audit log, newest first, lazily paged, filterable by text. */
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
        grid.addColumn(r -> UsersView.WHEN.format(r.occurredAt())).setHeader("When").setAutoWidth(true);
        grid.addColumn(AuditRecord::actor).setHeader("Who").setAutoWidth(true);
        grid.addColumn(AuditRecord::action).setHeader("Action").setAutoWidth(true);
        grid.addColumn(AuditRecord::target).setHeader("Target").setAutoWidth(true);
        grid.addColumn(AuditRecord::detail).setHeader("Detail").setFlexGrow(1);
        CallbackDataProvider<AuditRecord, Void> entries = DataProvider.fromCallbacks(
                q -> audit.search(filter.getValue(), q.getOffset(), q.getLimit()).stream(),
                q -> (int) Math.min(Integer.MAX_VALUE, audit.count(filter.getValue())));
        grid.setItems(entries);
        filter.addValueChangeListener(e -> entries.refreshAll());
        grid.setSizeFull();
        add(new H2("Audit log"), filter, grid);
    }
}
