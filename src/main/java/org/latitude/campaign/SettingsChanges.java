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
        c.value("task", before.taskType(), after.taskType());
        c.value("taxonomy version", name(before.taxonomyVersionId(), names.taxonomyVersion()),
                name(after.taxonomyVersionId(), names.taxonomyVersion()));
        c.value("principle set", name(before.principleSetId(), names.principleSet()),
                name(after.principleSetId(), names.principleSet()));
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

    private static String name(Long id, LongFunction<String> namer) {
        return id == null ? null : namer.apply(id);
    }

    private static List<String> names(List<Long> ids, LongFunction<String> namer) {
        return ids.stream().sorted().map(namer::apply).toList();
    }
}
