package org.latitude.ui.annotate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.latitude.taxonomy.HazardCategory;

/**
 * Ranks the categories the picker's search finds. What the annotator names (key, name, alias) always ranks above a
 * word that merely occurs in a definition: "crim" must find "Criminal Planning/Confessions" before "Hate/Identity
 * Hate", whose definition mentions discrimination. Within a rank the taxonomy's order decides.
 */
final class CategorySearch {

    /** Where the query was found. */
    enum Where { NAME, DEFINITION }

    record Match(HazardCategory category, Where where) {
    }

    private CategorySearch() {
    }

    /** The matches for {@code query} in rank order; empty for a blank query. */
    static List<Match> rank(List<HazardCategory> inOrder, String query) {
        String q = normalise(query);
        if (q.isEmpty()) {
            return List.of();
        }
        record Scored(HazardCategory category, int score, int position) {
        }
        List<Scored> scored = new ArrayList<>();
        for (int i = 0; i < inOrder.size(); i++) {
            HazardCategory c = inOrder.get(i);
            int score = score(c, q);
            if (score < Integer.MAX_VALUE) {
                scored.add(new Scored(c, score, i));
            }
        }
        return scored.stream().sorted(Comparator.comparingInt(Scored::score).thenComparingInt(Scored::position))
                .map(s -> new Match(s.category(), s.score() < DEFINITION_WORD ? Where.NAME : Where.DEFINITION))
                .toList();
    }

    private static final int DEFINITION_WORD = 4;

    /** 0 exact name, 1 name starts with it, 2 a word of the name does, 3 inside the name; 4–5 the same in the definition. */
    private static int score(HazardCategory c, String q) {
        int best = Integer.MAX_VALUE;
        for (String name : names(c).toList()) {
            best = Math.min(best, name.equals(q) ? 0 : name.startsWith(q) ? 1 : wordStarts(name, q) ? 2
                    : name.contains(q) ? 3 : Integer.MAX_VALUE);
        }
        if (best == Integer.MAX_VALUE && c.definition() != null) {
            String d = normalise(c.definition());
            best = wordStarts(d, q) ? DEFINITION_WORD : d.contains(q) ? DEFINITION_WORD + 1 : Integer.MAX_VALUE;
        }
        return best;
    }

    private static Stream<String> names(HazardCategory c) {
        return Stream.concat(Stream.of(c.key(), c.name()), c.aliases().stream()).map(CategorySearch::normalise);
    }

    /** True when a word of {@code text} (split at anything but letters and digits) starts with {@code q}. */
    private static boolean wordStarts(String text, String q) {
        for (String word : text.split("[^\\p{L}\\p{N}]+")) {
            if (word.startsWith(q)) {
                return true;
            }
        }
        return false;
    }

    static String normalise(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }
}
