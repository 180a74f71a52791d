package org.latitude.annotation.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.latitude.taxonomy.HazardCategory;
import org.latitude.taxonomy.TaxonomyDetails;

/**
 * Which of a campaign's sensitive categories an item's label values fall in, by display name, for the notice shown
 * before the item. The values come from the source the campaign chose (reference labels, categories model judgments
 * named, or the dataset's declared warnings). A value counts when it is a sensitive key or, with a taxonomy, resolves
 * (by key, name or alias such as Aegis's {@code S1}) to a sensitive category.
 */
public final class ContentNotice {

    private ContentNotice() {
    }

    public static List<String> hits(Set<String> sensitiveKeys, TaxonomyDetails taxonomy, List<String> labels) {
        if (sensitiveKeys.isEmpty()) {
            return List.of();
        }
        Set<String> keys = new TreeSet<>();
        for (String k : sensitiveKeys) {
            keys.add(k.toLowerCase(Locale.ROOT));
        }
        Set<String> names = new TreeSet<>();
        for (String label : labels) {
            for (String value : label.split("[,|;]")) {
                String v = value.strip();
                Optional<HazardCategory> category = taxonomy == null ? Optional.empty() : taxonomy.resolve(v);
                String key = category.map(HazardCategory::key).orElse(v).toLowerCase(Locale.ROOT);
                if (keys.contains(key)) {
                    names.add(category.map(HazardCategory::name).orElse(v));
                }
            }
        }
        return List.copyOf(names);
    }
}
