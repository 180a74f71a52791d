package org.latitude.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Exact times in the browser's time zone (the server's when the browser did not say), with the zone named. */
public final class ClientTime {

    private static final DateTimeFormatter EXACT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss zzz",
            Locale.ROOT);

    private ClientTime() {
    }

    public static String exact(Instant instant) {
        return EXACT.withZone(zone()).format(instant);
    }

    static ZoneId zone() {
        UI ui = UI.getCurrent();
        ExtendedClientDetails details = ui == null ? null : ui.getPage().getExtendedClientDetails();
        String id = details == null ? null : details.getTimeZoneId();
        try {
            return id == null || id.isBlank() ? ZoneId.systemDefault() : ZoneId.of(id);
        } catch (DateTimeException e) {
            return ZoneId.systemDefault();
        }
    }
}
