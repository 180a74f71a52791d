package org.latitude.campaign;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.LongFunction;

/**
 * What a settings update changed, for the audit log: each changed setting as before → after, referenced things by
 * name, long texts by their length ("guidelines: changed, 1,203 → 1,410 characters"). Empty when nothing changed.
 */
final class SettingsChanges {

    /** Names of what settings refer to by id. */
    record Names(LongFunction<String> taxonomyVersion, LongFunction<String> principleSet, LongFunction<String> dataset) {
    }

    private final List<String> changes = new ArrayList<>();

    private SettingsChanges() {
    }

    static String describe(CampaignSettings before, CampaignSettings after, Names names) {
        SettingsChanges c = new SettingsChanges();
        c.value("name", before.name(), after.name());
        c.text("description", before.description(), after.description());
        c.text("guidelines", before.guidelines(), after.guidelines());
        c.value("task", type(before.task()), type(after.task()));
        c.value("taxonomy version or principle set", document(before.task(), names), document(after.task(), names));
        c.value("datasets", names(before.datasetIds(), names.dataset()), names(after.datasetIds(), names.dataset()));
        c.value("overlap k", before.overlap(), after.overlap());
        c.value("needs-caution policy", before.needsCautionPolicy(), after.needsCautionPolicy());
        c.value("lease minutes", before.leaseMinutes(), after.leaseMinutes());
        c.value("daily quota", before.dailyQuota(), after.dailyQuota());
        c.value("gold rate %", before.goldRatePercent(), after.goldRatePercent());
        c.value("sensitive categories", new TreeSet<>(before.sensitiveCategories()),
                new TreeSet<>(after.sensitiveCategories()));
        c.value("blur responses", before.blurResponses(), after.blurResponses());
        c.value("break reminder minutes", before.breakReminderMinutes(), after.breakReminderMinutes());
        Wellbeing b = before.wellbeing();
        Wellbeing a = after.wellbeing();
        c.value("opt-out categories", new TreeSet<>(b.optOutCategories()), new TreeSet<>(a.optOutCategories()));
        c.value("daily cap per sensitive category", b.dailyCategoryCap(), a.dailyCategoryCap());
        c.value("enforced break after minutes", b.enforcedBreakMinutes(), a.enforcedBreakMinutes());
        c.value("break length minutes", b.breakLengthMinutes(), a.breakLengthMinutes());
        c.value("content notices from", b.noticeSource(), a.noticeSource());
        return String.join("; ", c.changes);
    }

    private void value(String setting, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(setting + ": " + shown(before) + " \u2192 " + shown(after));
        }
    }

    private void text(String setting, String before, String after) {
        String b = Objects.requireNonNullElse(before, "");
        String a = Objects.requireNonNullElse(after, "");
        if (!b.equals(a)) {
            changes.add(String.format(Locale.ROOT, "%s: changed, %,d \u2192 %,d characters", setting, b.length(),
                    a.length()));
        }
    }

    private static String shown(Object value) {
        return value == null ? "none" : value instanceof Collection<?> c && c.isEmpty() ? "none" : value.toString();
    }

    private static TaskType type(CampaignTask task) {
        return task == null ? null : task.type();
    }

    /** The task's taxonomy version or principle set by name; null when none is chosen. */
    private static String document(CampaignTask task, Names names) {
        return switch (task) {
            case null -> null;
            case SafetyLabelTask t -> t.taxonomyVersionId() == null ? null
                    : names.taxonomyVersion().apply(t.taxonomyVersionId());
            case PairwisePreferenceTask t -> t.principleSetId() == null ? null
                    : names.principleSet().apply(t.principleSetId());
        };
    }

    private static List<String> names(List<Long> ids, LongFunction<String> namer) {
        return ids.stream().sorted().map(namer::apply).toList();
    }
}
