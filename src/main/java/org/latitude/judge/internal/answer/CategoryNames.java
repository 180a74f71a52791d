package org.latitude.judge.internal.answer;

import java.util.Optional;
import org.latitude.judge.internal.imports.Rows.Entry;
import org.latitude.taxonomy.TaxonomyDetails;
import org.latitude.taxonomy.VerdictLabel;

/**
 * Resolves what a model or a file names — a category key, name or alias such as Llama Guard's {@code S10}, or a
 * verdict label such as {@code Needs Caution} — through the campaign's taxonomy version, ignoring case.
 */
public final class CategoryNames {

    private final TaxonomyDetails taxonomy;

    public CategoryNames(TaxonomyDetails taxonomy) {
        this.taxonomy = taxonomy;
    }

    /** The named entry (not yet scored), or empty when the taxonomy knows no such name. */
    public Optional<Entry> resolve(String name) {
        String n = name == null ? "" : name.trim();
        if (n.isEmpty()) {
            return Optional.empty();
        }
        return taxonomy.resolve(n).map(c -> new Entry(false, c.key(), true, null))
                .or(() -> taxonomy.labels().stream().filter(l -> answersTo(l, n)).findFirst()
                        .map(l -> new Entry(true, l.key(), true, null)));
    }

    public String taxonomyName() {
        return taxonomy.summary().name() + " " + taxonomy.summary().versionLabel();
    }

    private static boolean answersTo(VerdictLabel label, String n) {
        return label.key().equalsIgnoreCase(n) || label.name().equalsIgnoreCase(n)
                || label.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(n));
    }
}
