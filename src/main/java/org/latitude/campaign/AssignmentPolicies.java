package org.latitude.campaign;

import java.util.Optional;
import org.latitude.shared.CampaignId;
import org.latitude.shared.UserId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads a member's assignment policy with one query on the campaign's primary key and the member index. */
@Component
class AssignmentPolicies {

    private final JdbcTemplate jdbc;

    AssignmentPolicies(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<AssignmentPolicy> forMember(CampaignId campaignId, UserId userId) {
        return jdbc.query("select c.status, c.overlap, c.lease_minutes, c.daily_quota, c.gold_rate_percent "
                + "from campaign c join campaign_member m on m.campaign_id = c.id where c.id = ? and m.user_id = ?",
                (rs, n) -> new AssignmentPolicy(campaignId, CampaignStatus.valueOf(rs.getString(1)), rs.getInt(2),
                        rs.getInt(3), (Integer) rs.getObject(4, Integer.class), rs.getInt(5)),
                campaignId.value(), userId.value()).stream().findFirst();
    }
}
