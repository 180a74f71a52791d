package org.latitude.judge.internal.imports;

import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;
import org.latitude.judge.PresentedOrder;
import org.latitude.taxonomy.TaxonomyDetails;

/**
 * What a judgment file is checked against: the campaign's items by external id, its taxonomy version (safety) or the
 * size of its principle set (principles), what to do with rows naming items outside the campaign, and the problems
 * and duplicates found so far.
 */
public final class ImportContext {

    /** The item id map's value for an external id that names items of two datasets of the campaign. */
    public static final long AMBIGUOUS = -2;

    private final Map<String, Long> items;
    private final TaxonomyDetails taxonomy;
    private final int principleCount;
    private final boolean skipUnknownItems;
    private final LongFunction<Optional<String>> preferredResponse;
    private final Problems problems = new Problems();
    private final LongLineMap seen = new LongLineMap();
    private long skipped;

    /**
     * @param preferredResponse for an item id, "A" or "B": which response the source marked as preferred (read from
     *                          its reference judgment), when reward files name scores by preference
     */
    public ImportContext(Map<String, Long> items, TaxonomyDetails taxonomy, int principleCount,
                         boolean skipUnknownItems, LongFunction<Optional<String>> preferredResponse) {
        this.items = items;
        this.taxonomy = taxonomy;
        this.principleCount = principleCount;
        this.skipUnknownItems = skipUnknownItems;
        this.preferredResponse = preferredResponse;
    }

    public Problems problems() {
        return problems;
    }

    public void problem(long line, String reason) {
        problems.add(line, reason);
    }

    /** The item id, or -1: unknown (a problem, or counted as skipped when the admin chose to skip such rows). */
    public long item(String externalId, long line) {
        if (externalId == null || externalId.isBlank()) {
            problem(line, "the item id is missing");
            return -1;
        }
        Long id = items.get(externalId);
        if (id == null) {
            id = items.get(externalId.trim());
        }
        if (id != null && id == AMBIGUOUS) {
            problem(line, "the item '" + Values.quote(externalId) + "' is in more than one dataset of the campaign");
            return -1;
        }
        if (id != null) {
            return id;
        }
        if (skipUnknownItems) {
            skipped++;
        } else {
            problem(line, "the item '" + Values.quote(externalId) + "' is not in the campaign's datasets");
        }
        return -1;
    }

    public long skipped() {
        return skipped;
    }

    public TaxonomyDetails taxonomy() {
        return taxonomy;
    }

    /** Checks a principle index against the campaign's principle set. */
    public boolean principle(int index, long line) {
        if (index < 0 || index >= principleCount) {
            problem(line, "the principle " + index + " is not in the campaign's principle set (0.."
                    + (principleCount - 1) + ")");
            return false;
        }
        return true;
    }

    public Optional<String> preferredResponse(long itemId) {
        return preferredResponse.apply(itemId);
    }

    /**
     * Records a judgment's key (item, a small discriminator such as principle × order × form) and reports a duplicate
     * with the line of its first occurrence; returns true when new.
     */
    public boolean firstTime(long itemId, int discriminator, long line, String what) {
        long key = (itemId << 20) | discriminator;
        long first = seen.putIfAbsent(key, line);
        if (first >= 0) {
            problem(line, "a second judgment of " + what + " (the first is on line " + first + ")");
            return false;
        }
        return true;
    }

    public static int orderCode(PresentedOrder order) {
        return order.ordinal();
    }
}
