package org.latitude.ui.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.latitude.campaign.AnnotatorCampaign;
import org.latitude.campaign.Wellbeing;

/** The lines the guidelines add about the campaign's exposure controls, so annotators know what shapes their work. */
final class WellbeingNote {

    private WellbeingNote() {
    }

    static List<String> of(AnnotatorCampaign c, Map<String, String> names) {
        Wellbeing w = c.wellbeing();
        List<String> lines = new ArrayList<>();
        if (!c.sensitiveCategories().isEmpty()) {
            lines.add("Sensitive categories: " + named(c.sensitiveCategories(), names) + ". Content notices come "
                    + "from " + w.noticeSource().description() + ".");
        }
        if (w.dailyCategoryCap() != null) {
            lines.add("You are shown at most " + w.dailyCategoryCap() + " items of each sensitive category a day; "
                    + "after that you get other items. Your exposure log (E) shows your counts.");
        }
        if (!w.optOutCategories().isEmpty()) {
            lines.add("You may opt out of " + named(w.optOutCategories(), names) + " in your account; those items "
                    + "then never reach you.");
        }
        if (w.enforcedBreakMinutes() != null) {
            lines.add("After " + w.enforcedBreakMinutes() + " minutes of continuous work the workspace pauses for "
                    + w.breakLengthMinutes() + " minutes, between items (never in the middle of one).");
        }
        if (c.breakReminderMinutes() != null) {
            lines.add("A reminder to pause appears after " + c.breakReminderMinutes() + " minutes.");
        }
        lines.add("Any item may be returned without penalty (B): it is not counted as a skip and does not come back "
                + "to you.");
        return lines;
    }

    private static String named(java.util.Collection<String> keys, Map<String, String> names) {
        return String.join(", ", keys.stream().map(k -> names.getOrDefault(k, k)).sorted().toList());
    }
}
