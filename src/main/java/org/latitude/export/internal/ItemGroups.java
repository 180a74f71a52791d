package org.latitude.export.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.latitude.shared.ItemId;

/**
 * Reads annotations page by page (ordered by item, then annotator) and hands them on as whole items: each call of
 * {@link Block#accept} gets the complete groups of one page, an item cut by a page end waiting for the next page.
 * At most one page (plus one item's annotations) is held at a time.
 */
public final class ItemGroups {

    /** The next page after {@code last} (null: the first), at most {@code limit} long. */
    public interface Pages<A> {
        List<A> after(A last, int limit);
    }

    public interface Block<A> {
        void accept(List<List<A>> groups) throws IOException;
    }

    private ItemGroups() {
    }

    /** Streams every item's annotations; returns the number of annotations read. */
    public static <A> long stream(Pages<A> pages, Function<A, ItemId> item, int pageSize, Block<A> block)
            throws IOException {
        long read = 0;
        List<A> open = new ArrayList<>();
        A last = null;
        while (true) {
            List<A> page = pages.after(last, pageSize);
            read += page.size();
            List<List<A>> groups = new ArrayList<>();
            for (A a : page) {
                if (!open.isEmpty() && !item.apply(open.getFirst()).equals(item.apply(a))) {
                    groups.add(open);
                    open = new ArrayList<>();
                }
                open.add(a);
            }
            boolean end = page.size() < pageSize;
            if (end && !open.isEmpty()) {
                groups.add(open);
                open = new ArrayList<>();
            }
            if (!groups.isEmpty()) {
                block.accept(groups);
            }
            if (end) {
                return read;
            }
            last = page.getLast();
        }
    }
}
