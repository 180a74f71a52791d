package org.latitude.agreement;

import java.util.Arrays;

/**
 * Per-unit value counts {@code n_uc} (docs/methods.md) in one O(R) pass: for each unit the distinct value codes in
 * ascending order with how many coders gave each.
 */
final class ValueCounting {

    private ValueCounting() {
    }

    /**
     * Returns {countStart, countValue, count}: compressed rows, one per unit. Two passes (distinct values per unit,
     * then the counts) so that the rows are allocated at their exact size.
     */
    static int[][] count(int[] unitStart, int[] value, int valueCount, int units) {
        int[] tally = new int[Math.max(valueCount, 1)];
        int[] countStart = new int[units + 1];
        for (int u = 0; u < units; u++) {
            int distinct = 0;
            for (int i = unitStart[u]; i < unitStart[u + 1]; i++) {
                distinct += tally[value[i]]++ == 0 ? 1 : 0;
            }
            for (int i = unitStart[u]; i < unitStart[u + 1]; i++) {
                tally[value[i]] = 0;
            }
            countStart[u + 1] = countStart[u] + distinct;
        }
        int[] countValue = new int[countStart[units]];
        int[] count = new int[countStart[units]];
        int[] touched = new int[16];
        for (int u = 0; u < units; u++) {
            int distinct = 0;
            for (int i = unitStart[u]; i < unitStart[u + 1]; i++) {
                int v = value[i];
                if (tally[v]++ == 0) {
                    if (distinct == touched.length) {
                        touched = Arrays.copyOf(touched, distinct * 2);
                    }
                    touched[distinct++] = v;
                }
            }
            sortSmall(touched, distinct);
            int out = countStart[u];
            for (int j = 0; j < distinct; j++) {
                int v = touched[j];
                countValue[out] = v;
                count[out++] = tally[v];
                tally[v] = 0;
            }
        }
        return new int[][] {countStart, countValue, count};
    }

    /** Insertion sort: a unit has few distinct values. */
    private static void sortSmall(int[] a, int n) {
        if (n > 32) {
            Arrays.sort(a, 0, n);
            return;
        }
        for (int i = 1; i < n; i++) {
            int x = a[i];
            int j = i - 1;
            while (j >= 0 && a[j] > x) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = x;
        }
    }
}
