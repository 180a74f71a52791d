package org.latitude.judge.internal.live;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.latitude.judge.internal.answer.CategoryNames;
import org.latitude.judge.internal.imports.Rows.Entry;
import org.latitude.taxonomy.HazardCategory;
import org.latitude.taxonomy.TaxonomyDetails;

/**
 * The category list a Llama Guard style prompt shows, rendered from the campaign's taxonomy version: each category
 * under its own {@code S}-code alias when every category has a distinct one (Aegis 2.0, Llama Guard), else numbered
 * S1, S2, … in taxonomy order. Answers are read back through the same codes, then the taxonomy's names and aliases.
 */
public final class CategoryCodes {

    private final Map<String, HazardCategory> byCode = new LinkedHashMap<>();
    private final CategoryNames names;

    public CategoryCodes(TaxonomyDetails taxonomy) {
        this.names = new CategoryNames(taxonomy);
        List<String> own = new ArrayList<>();
        for (HazardCategory c : taxonomy.categories()) {
            c.aliases().stream().filter(a -> a.matches("S\\d+")).findFirst().ifPresent(own::add);
        }
        Set<String> distinct = new HashSet<>(own);
        boolean useOwn = own.size() == taxonomy.categories().size() && distinct.size() == own.size();
        for (int i = 0; i < taxonomy.categories().size(); i++) {
            byCode.put(useOwn ? own.get(i) : "S" + (i + 1), taxonomy.categories().get(i));
        }
    }

    /** "S1: Violence.\nS2: …" — the block between the category markers. */
    public String render() {
        StringBuilder out = new StringBuilder();
        byCode.forEach((code, c) -> out.append(code).append(": ").append(c.name()).append(".\n"));
        return out.toString();
    }

    public Optional<Entry> resolve(String code) {
        HazardCategory c = byCode.get(code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT));
        return c != null ? Optional.of(new Entry(false, c.key(), true, null)) : names.resolve(code);
    }
}
