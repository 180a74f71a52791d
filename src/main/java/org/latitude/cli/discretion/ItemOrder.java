package org.latitude.cli.discretion;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** The deterministic order of item ids: numeric ids by value when every id is an integer, else by text. */
final class ItemOrder {

    private ItemOrder() {
    }

    static List<String> sorted(Collection<String> ids) {
        List<String> out = new ArrayList<>(ids);
        boolean numeric = out.stream().allMatch(ItemOrder::isInteger);
        out.sort(numeric ? Comparator.comparingLong(Long::parseLong) : Comparator.naturalOrder());
        return out;
    }

    private static boolean isInteger(String id) {
        try {
            Long.parseLong(id);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
