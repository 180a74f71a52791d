package org.latitude.assignment.internal;

import org.latitude.shared.CampaignId;
import org.latitude.shared.ItemId;
import org.latitude.shared.UserId;

/**
 * Deterministic pseudo-random orders without stored per-annotator queues: each item gets a key from a permutation
 * (SplitMix64 finaliser, Steele et al. 2014) of the campaign's items, and each annotator enters that permutation at
 * their own offset. Pairs get a per-annotator left/right coin from the same mixer.
 */
public final class ShuffleOrder {

    private ShuffleOrder() {
    }

    /** The item's place in the campaign's random permutation, in [0, 2^31). */
    public static int itemKey(CampaignId campaignId, ItemId itemId) {
        return (int) (mix(campaignId.value() * 0x9E3779B97F4A7C15L + itemId.value()) >>> 33);
    }

    /** Where the annotator starts in the permutation, in [0, 2^31). */
    public static int annotatorOffset(CampaignId campaignId, UserId annotatorId) {
        return (int) (mix(campaignId.value() * 0xD1B54A32D192ED03L ^ (annotatorId.value() + 0x632BE59BD9B4E019L))
                >>> 33);
    }

    /** Whether this annotator sees the pair's response B on the left. */
    public static boolean swapSides(CampaignId campaignId, UserId annotatorId, ItemId itemId) {
        return (mix(mix(campaignId.value()) ^ annotatorId.value() * 0xBF58476D1CE4E5B9L ^ itemId.value()) & 1L) == 1L;
    }

    /** The gold item's place, in [0, period), in the annotator's {@code block}-th block of requests. */
    public static long goldSlot(CampaignId campaignId, UserId annotatorId, long block, long period) {
        long z = mix(mix(campaignId.value() * 0x2545F4914F6CDD1DL ^ annotatorId.value()) + block);
        return Math.floorMod(z, period);
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
