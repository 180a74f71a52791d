package org.latitude.judge.internal;

import org.latitude.shared.CampaignId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.latitude.judge.JudgmentBatch;
import org.latitude.judge.JudgmentFormat;
import org.latitude.judge.JudgmentKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The {@code judgment_batch} table and deleting a batch with its judgments. */
@Component
public class BatchStore {

    public static final String LIVE = "LIVE";

    private final JdbcTemplate jdbc;
    private final RaterStore raters;

    public BatchStore(JdbcTemplate jdbc, RaterStore raters) {
        this.jdbc = jdbc;
        this.raters = raters;
    }

    public Optional<JudgmentBatch> findImport(long campaignId, long raterId, JudgmentFormat format, String sha256) {
        return query(" where campaign_id = ? and rater_id = ? and source_format = ? and content_hash = ?", campaignId,
                raterId, format.name(), sha256).stream().findFirst();
    }

    public Optional<JudgmentBatch> find(long id) {
        return query(" where id = ?", id).stream().findFirst();
    }

    public List<JudgmentBatch> forCampaign(long campaignId) {
        return query(" where campaign_id = ? order by id", campaignId);
    }

    public long create(long campaignId, long raterId, JudgmentKind kind, String format, String fileName,
                       String contentHash, Instant at, String by) {
        Long id = jdbc.queryForObject("select nextval('judgment_batch_id_seq')", Long.class);
        jdbc.update("insert into judgment_batch (id, campaign_id, rater_id, kind, source_format, file_name, "
                + "content_hash, judgment_count, created_at, created_by) values (?, ?, ?, ?, ?, ?, ?, 0, ?, ?)", id,
                campaignId, raterId, kind.name(), format, fileName.length() > 255 ? fileName.substring(0, 255)
                        : fileName, contentHash, Timestamp.from(at), by);
        return id;
    }

    public void addCount(long batchId, long judgments) {
        jdbc.update("update judgment_batch set judgment_count = judgment_count + ? where id = ?", judgments, batchId);
    }

    /** Deletes the batch and its judgments (principle rows by their key prefix: that table has no foreign keys). */
    public void delete(JudgmentBatch batch) {
        jdbc.update("delete from principle_judgment where campaign_id = ? and rater_id = ? and batch_id = ?",
                batch.campaignId().value(), batch.rater().id().value(), batch.id());
        jdbc.update("delete from judgment_batch where id = ?", batch.id());
    }

    private List<JudgmentBatch> query(String where, Object... args) {
        return jdbc.query("select id, campaign_id, rater_id, kind, source_format, file_name, content_hash, "
                + "judgment_count, created_at, created_by from judgment_batch" + where, (rs, n) -> {
                    String format = rs.getString("source_format");
                    return new JudgmentBatch(rs.getLong("id"), new CampaignId(rs.getLong("campaign_id")),
                            raters.find(rs.getLong("rater_id")).orElseThrow(),
                            JudgmentKind.valueOf(rs.getString("kind")),
                            LIVE.equals(format) ? "live job" : JudgmentFormat.valueOf(format).label(),
                            rs.getString("file_name"), rs.getString("content_hash"), rs.getLong("judgment_count"),
                            rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"));
                }, args);
    }
}
