package org.latitude.campaign.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface GoldRepository extends JpaRepository<GoldRow, GoldRow.Key> {

    List<GoldRow> findByCampaignIdOrderByItemId(long campaignId);

    long countByCampaignId(long campaignId);

    @Modifying
    @Query("delete from GoldRow g where g.campaignId = :campaignId")
    void deleteByCampaign(long campaignId);
}
