package org.latitude.campaign.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A gold item of a campaign with its expected answer. */
@Entity
@Table(name = "campaign_gold")
@IdClass(GoldRow.Key.class)
public class GoldRow {

    /** Composite key (campaign, item). */
    public static class Key implements Serializable {
        private Long campaignId;
        private Long itemId;

        public Key() {
        }

        public Key(Long campaignId, Long itemId) {
            this.campaignId = campaignId;
            this.itemId = itemId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(campaignId, k.campaignId) && Objects.equals(itemId, k.itemId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(campaignId, itemId);
        }
    }

    @Id
    @Column(name = "campaign_id")
    private Long campaignId;
    @Id
    @Column(name = "item_id")
    private Long itemId;
    @Column(nullable = false, length = 4000)
    private String answer;

    protected GoldRow() {
    }

    public GoldRow(long campaignId, long itemId, String answer) {
        this.campaignId = campaignId;
        this.itemId = itemId;
        this.answer = answer;
    }

    public long itemId() {
        return itemId;
    }

    public String answer() {
        return answer;
    }
}
