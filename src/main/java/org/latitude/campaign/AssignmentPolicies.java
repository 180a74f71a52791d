package org.latitude.campaign;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
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
        return jdbc.query("select c.status, c.overlap, c.lease_minutes, c.daily_quota, c.gold_rate_percent, "
                + "c.sensitive_categories, c.opt_out_categories, c.category_daily_cap, c.enforced_break_minutes, "
                + "c.break_length_minutes, c.notice_source "
                + "from campaign c join campaign_member m on m.campaign_id = c.id where c.id = ? and m.user_id = ?",
                (rs, n) -> new AssignmentPolicy(campaignId, CampaignStatus.valueOf(rs.getString(1)), rs.getInt(2),
                        rs.getInt(3), (Integer) rs.getObject(4, Integer.class), rs.getInt(5), keys(rs.getString(6)),
                        new Wellbeing(keys(rs.getString(7)), rs.getObject(8, Integer.class),
                                rs.getObject(9, Integer.class), rs.getInt(10),
                                NoticeSource.valueOf(rs.getString(11)))),
                campaignId.value(), userId.value()).stream().findFirst();
    }

    /**
     * Locks the member's row until the transaction ends, so one annotator's concurrent requests (two tabs) hand out
     * items one after the other and a daily cap cannot be overrun. Only this member's row: others are not delayed.
     */
    boolean lockMember(CampaignId campaignId, UserId userId) {
        return !jdbc.queryForList("select user_id from campaign_member where campaign_id = ? and user_id = ? "
                + "for update", Long.class, campaignId.value(), userId.value()).isEmpty();
    }

    private static Set<String> keys(String joined) {
        return joined == null || joined.isBlank() ? Set.of() : new TreeSet<>(Arrays.asList(joined.split(",")));
    }
}
