package org.latitude.dataset.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.latitude.dataset.DatasetSummary;
import org.latitude.dataset.ImportFormat;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The {@code dataset} table (plain JDBC, in the caller's transaction). */
@Repository
public class DatasetStore {

    private static final String COLUMNS = "id, name, source_format, source_file, content_hash, item_count, "
            + "exchange_count, pair_count, in_use, imported_at, imported_by";

    private final JdbcTemplate jdbc;

    public DatasetStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A new dataset row with no items yet; returns its id. */
    long create(String name, ImportFormat format, String sourceFile, String contentHash, Instant at, String by) {
        Long id = jdbc.queryForObject("select nextval('dataset_id_seq')", Long.class);
        jdbc.update("insert into dataset (" + COLUMNS + ") values (?, ?, ?, ?, ?, 0, 0, 0, false, ?, ?)", id, name,
                format.name(), sourceFile, contentHash, Timestamp.from(at), by);
        return id;
    }

    void setCounts(long id, long exchanges, long pairs) {
        jdbc.update("update dataset set item_count = ?, exchange_count = ?, pair_count = ? where id = ?",
                exchanges + pairs, exchanges, pairs, id);
    }

    public boolean nameTaken(String name) {
        Integer n = jdbc.queryForObject("select count(*) from dataset where lower(name) = lower(?)", Integer.class,
                name);
        return n != null && n > 0;
    }

    public List<DatasetSummary> all() {
        return jdbc.query("select " + COLUMNS + " from dataset order by name, id", DatasetStore::summary);
    }

    public Optional<DatasetSummary> find(long id) {
        return jdbc.query("select " + COLUMNS + " from dataset where id = ?", DatasetStore::summary, id).stream()
                .findFirst();
    }

    /** Locks the row (so a concurrent delete or mark waits) and returns the dataset. */
    public Optional<DatasetSummary> findForUpdate(long id) {
        return jdbc.query("select " + COLUMNS + " from dataset where id = ? for update", DatasetStore::summary, id)
                .stream().findFirst();
    }

    public void markInUse(long id) {
        jdbc.update("update dataset set in_use = true where id = ?", id);
    }

    /** Deletes the dataset and (by cascade) its items, turns and reference labels. */
    public void delete(long id) {
        jdbc.update("delete from dataset where id = ?", id);
    }

    private static DatasetSummary summary(ResultSet rs, int row) throws SQLException {
        return new DatasetSummary(rs.getLong("id"), rs.getString("name"),
                ImportFormat.valueOf(rs.getString("source_format")), rs.getString("source_file"),
                rs.getString("content_hash"), rs.getLong("item_count"), rs.getLong("exchange_count"),
                rs.getLong("pair_count"), rs.getBoolean("in_use"), rs.getTimestamp("imported_at").toInstant(),
                rs.getString("imported_by"));
    }
}
