package org.latitude.assignment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.latitude.shared.CampaignId;
import org.latitude.shared.UserId;

class ShuffleOrderTest {

    @Test
    void goldSlotsAreSpreadOverTheWholeBlockAndDifferBetweenAnnotators() {
        CampaignId campaign = new CampaignId(7);
        int[] hits = new int[5];
        List<Long> ann = new ArrayList<>();
        List<Long> ben = new ArrayList<>();
        for (long block = 0; block < 1000; block++) {
            long slot = ShuffleOrder.goldSlot(campaign, new UserId(11), block, 5);
            assertThat(slot).isBetween(0L, 4L);
            hits[(int) slot]++;
            ann.add(slot);
            ben.add(ShuffleOrder.goldSlot(campaign, new UserId(12), block, 5));
        }
        for (int h : hits) {
            assertThat(h).as("each of the five places about 200 times").isBetween(140, 260);
        }
        assertThat(ann).as("another annotator's schedule").isNotEqualTo(ben);
        assertThat(ShuffleOrder.goldSlot(campaign, new UserId(11), 3, 5)).as("seeded: the same every time")
                .isEqualTo(ann.get(3));
    }
}
