package org.latitude.agreement;

/** How completed items are cut into windows of equal numbers of items, in order of completion. */
public sealed interface WindowPlan {

    /** Windows of {@code items} items each; the last holds the remainder. */
    record EqualSize(int items) implements WindowPlan {
        public EqualSize {
            if (items < 1) {
                throw new IllegalArgumentException("a window holds at least one item");
            }
        }
    }

    /** {@code windows} windows whose sizes differ by at most one item (the first ones take the remainder). */
    record EqualCount(int windows) implements WindowPlan {
        public EqualCount {
            if (windows < 1) {
                throw new IllegalArgumentException("need at least one window");
            }
        }
    }

    /** Window boundaries over n items: start of window w at {@code [w]}, n at the end. */
    default int[] boundaries(int n) {
        int count = switch (this) {
            case EqualSize s -> n == 0 ? 0 : (n + s.items() - 1) / s.items();
            case EqualCount c -> Math.min(c.windows(), n);
        };
        int[] start = new int[count + 1];
        for (int w = 1; w <= count; w++) {
            start[w] = switch (this) {
                case EqualSize s -> Math.min(n, w * s.items());
                case EqualCount c -> start[w - 1] + n / count + (w - 1 < n % count ? 1 : 0);
            };
        }
        return start;
    }
}
