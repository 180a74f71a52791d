package org.latitude.annotation.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.latitude.annotation.Answer;
import org.latitude.annotation.AnnotationVersion;
import org.latitude.campaign.TaskType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * SQL of annotations and their previous versions. Plain JDBC, portable between H2 and PostgreSQL; callers hold the
 * transaction. The database enforces one current annotation per (campaign, item, annotator) and per assignment.
 */
@Repository
public class AnnotationStore {

    private static final String COLUMNS = "id, campaign_id, item_id, annotator_id, assignment_id, task_type, "
            + AnswerColumns.NAMES + ", shown_order, time_spent_ms, version, created_at, updated_at";
    private static final RowMapper<AnnotationRow> ROW = (rs, n) -> new AnnotationRow(rs.getLong("id"),
            rs.getLong("campaign_id"), rs.getLong("item_id"), rs.getLong("annotator_id"), rs.getLong("assignment_id"),
            TaskType.valueOf(rs.getString("task_type")), AnswerColumns.read(rs), rs.getString("shown_order"),
            rs.getLong("time_spent_ms"), rs.getInt("version"), instant(rs, "created_at"), instant(rs, "updated_at"));

    private final JdbcTemplate jdbc;

    public AnnotationStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(AnnotationRow a) {
        Object[] answer = AnswerColumns.values(a.answer());
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            PreparedStatement ps = con.prepareStatement("insert into annotation (campaign_id, item_id, annotator_id, "
                    + "assignment_id, task_type, " + AnswerColumns.NAMES + ", shown_order, time_spent_ms, version, "
                    + "created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)",
                    new String[] {"id"});
            ps.setLong(1, a.campaignId());
            ps.setLong(2, a.itemId());
            ps.setLong(3, a.annotatorId());
            ps.setLong(4, a.assignmentId());
            ps.setString(5, a.taskType().name());
            for (int i = 0; i < answer.length; i++) {
                ps.setObject(6 + i, answer[i]);
            }
            ps.setString(12, a.shownOrder());
            ps.setLong(13, a.timeSpentMs());
            ps.setObject(14, utc(a.createdAt()));
            ps.setObject(15, utc(a.updatedAt()));
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

    public Optional<AnnotationRow> find(long id) {
        return jdbc.query("select " + COLUMNS + " from annotation where id = ?", ROW, id).stream().findFirst();
    }

    /** The row, locked for an edit. */
    public Optional<AnnotationRow> findForUpdate(long id) {
        return jdbc.query("select " + COLUMNS + " from annotation where id = ? for update", ROW, id).stream()
                .findFirst();
    }

    public Optional<AnnotationRow> findByAssignment(long assignmentId) {
        return jdbc.query("select " + COLUMNS + " from annotation where assignment_id = ?", ROW, assignmentId)
                .stream().findFirst();
    }

    /** An annotator's most recently changed annotations in a campaign, newest first. */
    public List<AnnotationRow> recent(long campaignId, long annotatorId, int limit) {
        return jdbc.query("select " + COLUMNS + " from annotation where campaign_id = ? and annotator_id = ? "
                + "order by updated_at desc, id desc fetch first " + limit + " rows only", ROW, campaignId,
                annotatorId);
    }

    /** Every current annotation of a campaign, by item then annotator. */
    public List<AnnotationRow> ofCampaign(long campaignId) {
        return jdbc.query("select " + COLUMNS + " from annotation where campaign_id = ? order by item_id, "
                + "annotator_id", ROW, campaignId);
    }

    /** Keeps the current version in the history, then replaces it with {@code answer} as the next version. */
    public void revise(AnnotationRow current, Answer answer, long timeSpentMs, Instant now) {
        jdbc.update("insert into annotation_version (annotation_id, version, " + AnswerColumns.NAMES
                + ", time_spent_ms, made_at, replaced_at) select id, version, " + AnswerColumns.NAMES
                + ", time_spent_ms, updated_at, ? from annotation where id = ?", utc(now), current.id());
        Object[] v = AnswerColumns.values(answer);
        int changed = jdbc.update("update annotation set prompt_verdict = ?, response_verdict = ?, categories = ?, "
                + "preference = ?, rationale = ?, confidence = ?, time_spent_ms = ?, version = version + 1, "
                + "updated_at = ? where id = ? and version = ?", v[0], v[1], v[2], v[3], v[4], v[5], timeSpentMs,
                utc(now), current.id(), current.version());
        if (changed != 1) {
            throw new IllegalStateException("annotation " + current.id() + " changed meanwhile");
        }
    }

    /** The versions an edit replaced, oldest first. */
    public List<AnnotationVersion> versions(long annotationId) {
        return jdbc.query("select version, " + AnswerColumns.NAMES + ", time_spent_ms, made_at, replaced_at "
                + "from annotation_version where annotation_id = ? order by version", (rs, n) -> new AnnotationVersion(
                rs.getInt("version"), AnswerColumns.read(rs), rs.getLong("time_spent_ms"), instant(rs, "made_at"),
                instant(rs, "replaced_at")), annotationId);
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
