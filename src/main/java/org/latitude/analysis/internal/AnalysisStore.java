package org.latitude.analysis.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.latitude.analysis.StoredAnalysis;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL of stored analyses (V12); callers hold the transaction. */
@Repository
public class AnalysisStore {

    private static final String COLUMNS = "id, campaign_id, task_type, document, item_set_sha256, inputs_sha256, "
            + "software_version, seed, bootstrap, overlap, gold_rate_percent, annotators, annotations, models, "
            + "started_at, finished_at, started_by, read_ms, engines_ms, charts_ms, zip_ms, write_ms, "
            + "report_json";

    private final JdbcTemplate jdbc;

    AnalysisStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(StoredAnalysis a, byte[] zip, String figures) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("insert into analysis_run (" + COLUMNS.substring(4) + ", report_zip, "
                    + "figures) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    new String[] {"id"});
            int i = 1;
            ps.setLong(i++, a.campaignId());
            ps.setString(i++, a.taskType());
            ps.setString(i++, a.document());
            ps.setString(i++, a.itemSetSha256());
            ps.setString(i++, a.inputsSha256());
            ps.setString(i++, a.softwareVersion());
            ps.setLong(i++, a.seed());
            ps.setInt(i++, a.bootstrap());
            ps.setInt(i++, a.overlap());
            ps.setInt(i++, a.goldRatePercent());
            ps.setInt(i++, a.annotators());
            ps.setLong(i++, a.annotations());
            ps.setInt(i++, a.models());
            ps.setObject(i++, a.startedAt().atOffset(ZoneOffset.UTC));
            ps.setObject(i++, a.finishedAt().atOffset(ZoneOffset.UTC));
            ps.setString(i++, a.startedBy());
            ps.setLong(i++, a.readMs());
            ps.setLong(i++, a.enginesMs());
            ps.setLong(i++, a.chartsMs());
            ps.setLong(i++, a.zipMs());
            ps.setLong(i++, a.writeMs());
            ps.setString(i++, a.reportJson());
            ps.setBytes(i++, zip);
            ps.setString(i, figures);
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

    /** The newest stored analysis of the campaign. */
    public Optional<StoredAnalysis> latest(long campaignId) {
        return jdbc.query("select " + COLUMNS + " from analysis_run where campaign_id = ? order by id desc "
                + "fetch first 1 rows only", (rs, n) -> row(rs), campaignId).stream().findFirst();
    }

    /** Records how long writing report.json and storing the run took (known only once the row is in). */
    public void writeTime(long id, long writeMs) {
        jdbc.update("update analysis_run set write_ms = ? where id = ?", writeMs, id);
    }

    /** The bundle ZIP of a stored analysis. */
    public Optional<byte[]> zip(long id) {
        return jdbc.query("select report_zip from analysis_run where id = ?", (rs, n) -> rs.getBytes(1), id).stream()
                .findFirst();
    }

    /** The charts of a stored analysis: a JSON list of {id, title, caption, svg}. */
    public String figures(long id) {
        return jdbc.query("select figures from analysis_run where id = ?", (rs, n) -> rs.getString(1), id).stream()
                .findFirst().orElse("[]");
    }

    public Optional<StoredAnalysis> find(long id) {
        return jdbc.query("select " + COLUMNS + " from analysis_run where id = ?", (rs, n) -> row(rs), id).stream()
                .findFirst();
    }

    private static StoredAnalysis row(ResultSet rs) throws SQLException {
        return new StoredAnalysis(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getLong(8), rs.getInt(9), rs.getInt(10), rs.getInt(11),
                rs.getInt(12), rs.getLong(13), rs.getInt(14), instant(rs, 15), instant(rs, 16), rs.getString(17),
                rs.getLong(18), rs.getLong(19), rs.getLong(20), rs.getLong(21), rs.getLong(22), rs.getString(23));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
