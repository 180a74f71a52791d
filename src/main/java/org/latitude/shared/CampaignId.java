package org.latitude.shared;

/** Identifies a campaign. */
public record CampaignId(long value) implements LongId<CampaignId> {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
