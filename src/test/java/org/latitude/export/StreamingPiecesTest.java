package org.latitude.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.latitude.export.internal.ItemGroups;
import org.latitude.export.internal.Split;
import org.latitude.shared.ItemId;

/** The pieces exports stream with: whole items across page ends, and the documented split rule. */
class StreamingPiecesTest {

    record Row(long item, long annotator) {
    }

    @Test
    void everyPageSizeHandsOnEachItemWholeAndReadsEachRowOnce() throws IOException {
        List<Row> rows = new ArrayList<>();
        for (long item = 1; item <= 40; item++) {
            for (long a = 0; a < item % 4 + 1; a++) {
                rows.add(new Row(item, a));
            }
        }
        for (int pageSize = 1; pageSize <= rows.size() + 1; pageSize++) {
            List<List<Row>> seen = new ArrayList<>();
            int[] largestBlock = {0};
            long read = ItemGroups.<Row>stream((last, limit) -> {
                int from = last == null ? 0 : rows.indexOf(last) + 1;
                return rows.subList(from, Math.min(rows.size(), from + limit));
            }, r -> new ItemId(r.item()), pageSize, groups -> {
                seen.addAll(groups);
                largestBlock[0] = Math.max(largestBlock[0], groups.stream().mapToInt(List::size).sum());
            });
            assertThat(read).as("page %d", pageSize).isEqualTo(rows.size());
            assertThat(seen).as("page %d", pageSize).hasSize(40);
            for (List<Row> group : seen) {
                assertThat(group).hasSize((int) (group.getFirst().item() % 4 + 1));
                assertThat(group).allMatch(r -> r.item() == group.getFirst().item());
            }
            // a block never holds more than a page plus the item the previous page cut
            assertThat(largestBlock[0]).isLessThanOrEqualTo(pageSize + 4);
        }
    }

    @Test
    void theSplitIsTheDocumentedHashRuleAndRoughlyItsShare() throws Exception {
        Split split = new Split(7, 20);
        int test = 0;
        for (int i = 0; i < 10_000; i++) {
            String id = "item-" + i;
            byte[] h = MessageDigest.getInstance("SHA-256").digest(("7:" + id).getBytes(StandardCharsets.UTF_8));
            long v = new java.math.BigInteger(1, java.util.Arrays.copyOf(h, 8)).mod(java.math.BigInteger.valueOf(100))
                    .longValue();
            assertThat(split.isTest(id)).as(id).isEqualTo(v < 20);
            test += split.isTest(id) ? 1 : 0;
        }
        assertThat(test).isBetween(1_850, 2_150);
        assertThat(java.util.stream.IntStream.range(0, 200).filter(i -> new Split(7, 20).isTest("item-" + i)
                != new Split(8, 20).isTest("item-" + i)).count()).as("another seed, another split").isPositive();
    }
}
