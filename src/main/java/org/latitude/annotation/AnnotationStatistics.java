package org.latitude.annotation;

import jakarta.annotation.security.RolesAllowed;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.latitude.shared.CampaignId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The analysis's read API of a campaign's annotations (admin only): the coded answers streamed as primitives in item
 * then annotator order (no record per row, so a campaign of millions of annotations is read at the speed of the
 * database), and the sums the database adds up by {@code GROUP BY}: per annotator items and time, ratings per item,
 * per item and value the number of ratings.
 */
@Service
public class AnnotationStatistics {

    /** Receives one safety annotation; {@code response} is null for an exchange without a response. */
    @FunctionalInterface
    public interface SafetyRow {
        void accept(long itemId, long annotatorId, Verdict prompt, Verdict response, String categories, long timeMs);
    }

    /** Receives one pairwise annotation, in item terms. */
    @FunctionalInterface
    public interface PreferenceRow {
        void accept(long itemId, long annotatorId, Preference preference, long timeMs);
    }

    /**
     * One annotator's share of a campaign, summed by the database.
     *
     * @param annotations current annotations
     * @param totalTimeMs sum of the time spent on them
     */
    public record AnnotatorTally(long annotatorId, long annotations, long totalTimeMs) {
    }

    private static final int FETCH = 2000;

    private final JdbcTemplate jdbc;

    AnnotationStatistics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public void forEachSafety(CampaignId campaign, SafetyRow each) {
        jdbc.query(con -> statement(con.prepareStatement("select item_id, annotator_id, prompt_verdict, "
                + "response_verdict, categories, time_spent_ms from annotation where campaign_id = ? and task_type = "
                + "'SAFETY_LABEL' order by item_id, annotator_id"), campaign), rs -> {
                    String response = rs.getString(4);
                    each.accept(rs.getLong(1), rs.getLong(2), Verdict.valueOf(rs.getString(3)),
                            response == null ? null : Verdict.valueOf(response), rs.getString(5), rs.getLong(6));
                });
    }

    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public void forEachPreference(CampaignId campaign, PreferenceRow each) {
        jdbc.query(con -> statement(con.prepareStatement("select item_id, annotator_id, preference, time_spent_ms "
                + "from annotation where campaign_id = ? and task_type = 'PAIRWISE_PREFERENCE' "
                + "order by item_id, annotator_id"), campaign), rs -> {
                    each.accept(rs.getLong(1), rs.getLong(2), Preference.valueOf(rs.getString(3)), rs.getLong(4));
                });
    }

    /** Per annotator (by id), items annotated and time spent, summed in the database. */
    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public List<AnnotatorTally> annotators(CampaignId campaign) {
        return jdbc.query("select annotator_id, count(*), sum(time_spent_ms) from annotation where campaign_id = ? "
                + "group by annotator_id order by annotator_id", (rs, n) -> new AnnotatorTally(rs.getLong(1),
                rs.getLong(2), rs.getLong(3)), campaign.value());
    }

    /** How many items have 1, 2, 3 … current annotations (ratings per item → items), counted in the database. */
    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public SortedMap<Integer, Long> ratingsPerItem(CampaignId campaign) {
        SortedMap<Integer, Long> out = new TreeMap<>();
        jdbc.query("select n, count(*) from (select item_id, count(*) as n from annotation where campaign_id = ? "
                + "group by item_id) per_item group by n", rs -> {
                    out.put(rs.getInt(1), rs.getLong(2));
                }, campaign.value());
        return out;
    }

    /** When the newest current annotation was last changed: the "data as of" of an analysis. */
    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public Optional<Instant> lastChange(CampaignId campaign) {
        OffsetDateTime t = jdbc.queryForObject("select max(updated_at) from annotation where campaign_id = ?",
                OffsetDateTime.class, campaign.value());
        return Optional.ofNullable(t).map(OffsetDateTime::toInstant);
    }

    private static PreparedStatement statement(PreparedStatement ps, CampaignId campaign) throws SQLException {
        ps.setFetchSize(FETCH);
        ps.setLong(1, campaign.value());
        return ps;
    }
}
