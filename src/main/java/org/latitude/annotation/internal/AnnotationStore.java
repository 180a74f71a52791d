package org.latitude.annotation.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.latitude.annotation.AnnotationVersion;
import org.latitude.annotation.Answer;
import org.latitude.assignment.ShownOrder;
import org.latitude.campaign.TaskType;
import org.latitude.shared.AnnotationId;
import org.latitude.shared.AssignmentId;
import org.latitude.shared.CampaignId;
import org.latitude.shared.ItemId;
import org.latitude.shared.UserId;
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
    private static final RowMapper<AnnotationRow> ROW = (rs, n) -> new AnnotationRow(
            new AnnotationId(rs.getLong("id")), new CampaignId(rs.getLong("campaign_id")),
            new ItemId(rs.getLong("item_id")), new UserId(rs.getLong("annotator_id")),
            new AssignmentId(rs.getLong("assignment_id")),
            TaskType.valueOf(rs.getString("task_type")), AnswerColumns.read(rs),
            shownOrder(rs.getString("shown_order")),
            rs.getLong("time_spent_ms"), rs.getInt("version"), instant(rs, "created_at"), instant(rs, "updated_at"));

    private final JdbcTemplate jdbc;

    public AnnotationStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public AnnotationId insert(AnnotationRow a) {
        Object[] answer = AnswerColumns.values(a.answer());
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            PreparedStatement ps = con.prepareStatement("insert into annotation (campaign_id, item_id, annotator_id, "
                    + "assignment_id, task_type, " + AnswerColumns.NAMES + ", shown_order, time_spent_ms, version, "
                    + "created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)",
                    new String[] {"id"});
            ps.setLong(1, a.campaignId().value());
            ps.setLong(2, a.itemId().value());
            ps.setLong(3, a.annotatorId().value());
            ps.setLong(4, a.assignmentId().value());
            ps.setString(5, a.taskType().name());
            for (int i = 0; i < answer.length; i++) {
                ps.setObject(6 + i, answer[i]);
            }
            ps.setString(12, shownOrder(a.shownOrder()));
            ps.setLong(13, a.timeSpentMs());
            ps.setObject(14, utc(a.createdAt()));
            ps.setObject(15, utc(a.updatedAt()));
            return ps;
        }, keys);
        return new AnnotationId(keys.getKey().longValue());
    }

    public Optional<AnnotationRow> find(AnnotationId id) {
        return jdbc.query("select " + COLUMNS + " from annotation where id = ?", ROW, id.value()).stream()
                .findFirst();
    }

    /** The row, locked for an edit. */
    public Optional<AnnotationRow> findForUpdate(AnnotationId id) {
        return jdbc.query("select " + COLUMNS + " from annotation where id = ? for update", ROW, id.value()).stream()
                .findFirst();
    }

    public Optional<AnnotationRow> findByAssignment(AssignmentId assignmentId) {
        return jdbc.query("select " + COLUMNS + " from annotation where assignment_id = ?", ROW,
                assignmentId.value()).stream().findFirst();
    }

    /** An annotator's most recently changed annotations in a campaign, newest first. */
    public List<AnnotationRow> recent(CampaignId campaignId, UserId annotatorId, int limit) {
        return jdbc.query("select " + COLUMNS + " from annotation where campaign_id = ? and annotator_id = ? "
                + "order by updated_at desc, id desc fetch first " + limit + " rows only", ROW, campaignId.value(),
                annotatorId.value());
    }

    /** Every current annotation of a campaign's task, by item then annotator. */
    public List<AnnotationRow> ofCampaign(CampaignId campaignId, TaskType task) {
        return jdbc.query("select " + COLUMNS + " from annotation where campaign_id = ? and task_type = ? "
                + "order by item_id, annotator_id", ROW, campaignId.value(), task.name());
    }

    /**
     * At most {@code limit} current annotations of a campaign's task after the key (item, annotator), by item then
     * annotator: keyset pages over the (campaign, item, annotator) unique index, so a reader of millions of rows
     * holds one page at a time. For H2 the redundant {@code item_id >= ?} starts the index range and ordering by
     * the index's own columns, {@code campaign_id} first, lets it read the index in order and stop after the page
     * (otherwise it sorts the rest of the campaign for every page).
     */
    public List<AnnotationRow> pageOfCampaign(CampaignId campaignId, TaskType task, long afterItem,
                                              long afterAnnotator, int limit) {
        return jdbc.query("select " + COLUMNS + " from annotation where campaign_id = ? and task_type = ? "
                + "and item_id >= ? and (item_id > ? or annotator_id > ?) "
                + "order by campaign_id, item_id, annotator_id fetch first " + limit + " rows only", ROW, campaignId.value(), task.name(), afterItem, afterItem,
                afterAnnotator);
    }

    /** Keeps the current version in the history, then replaces it with {@code answer} as the next version. */
    public void revise(AnnotationRow current, Answer answer, long timeSpentMs, Instant now) {
        jdbc.update("insert into annotation_version (annotation_id, version, " + AnswerColumns.NAMES
                + ", time_spent_ms, made_at, replaced_at) select id, version, " + AnswerColumns.NAMES
                + ", time_spent_ms, updated_at, ? from annotation where id = ?", utc(now), current.id().value());
        Object[] v = AnswerColumns.values(answer);
        int changed = jdbc.update("update annotation set prompt_verdict = ?, response_verdict = ?, categories = ?, "
                + "preference = ?, rationale = ?, confidence = ?, time_spent_ms = ?, version = version + 1, "
                + "updated_at = ? where id = ? and version = ?", v[0], v[1], v[2], v[3], v[4], v[5], timeSpentMs,
                utc(now), current.id().value(), current.version());
        if (changed != 1) {
            throw new IllegalStateException("annotation " + current.id() + " changed meanwhile");
        }
    }

    /** The versions an edit replaced, oldest first. */
    public List<AnnotationVersion> versions(AnnotationId annotationId) {
        return jdbc.query("select version, " + AnswerColumns.NAMES + ", time_spent_ms, made_at, replaced_at "
                + "from annotation_version where annotation_id = ? order by version", (rs, n) -> new AnnotationVersion(
                rs.getInt("version"), AnswerColumns.read(rs), rs.getLong("time_spent_ms"), instant(rs, "made_at"),
                instant(rs, "replaced_at")), annotationId.value());
    }

    /** The {@code shown_order} column: "AB" when response A was on the left, "BA" when B was, null for exchanges. */
    private static String shownOrder(ShownOrder order) {
        return order == null ? null : switch (order) {
            case A_LEFT -> "AB";
            case B_LEFT -> "BA";
        };
    }

    private static ShownOrder shownOrder(String column) {
        return column == null ? null : switch (column) {
            case "AB" -> ShownOrder.A_LEFT;
            case "BA" -> ShownOrder.B_LEFT;
            default -> throw new IllegalStateException("unknown shown order '" + column + "'");
        };
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
