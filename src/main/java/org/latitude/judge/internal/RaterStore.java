package org.latitude.judge.internal;

import org.latitude.judge.ModelRaterId;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.latitude.judge.Ensemble;
import org.latitude.judge.ModelRater;
import org.latitude.judge.RaterSpec;
import org.latitude.judge.TiePolicy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The {@code model_rater} table. A rater is found by its identity (name, version, template, template version). */
@Component
public class RaterStore {

    private static final String COLUMNS = "id, name, model_version, provider, prompt_template, prompt_template_version,"
            + " run_date, decoding, ensemble_members, tie_policy, min_valid_votes";

    private final JdbcTemplate jdbc;

    public RaterStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ModelRater> find(RaterSpec spec) {
        return jdbc.query("select " + COLUMNS + " from model_rater where name = ? and model_version = ? and "
                + "prompt_template = ? and prompt_template_version = ?", RaterStore::rater, spec.name(),
                spec.modelVersion(), spec.promptTemplate(), spec.promptTemplateVersion()).stream().findFirst();
    }

    public Optional<ModelRater> find(long id) {
        return jdbc.query("select " + COLUMNS + " from model_rater where id = ?", RaterStore::rater, id).stream()
                .findFirst();
    }

    public List<ModelRater> all() {
        return jdbc.query("select " + COLUMNS + " from model_rater order by name, model_version, id",
                RaterStore::rater);
    }

    public ModelRater create(RaterSpec spec, Instant at, String by) {
        Long id = jdbc.queryForObject("select nextval('model_rater_id_seq')", Long.class);
        Ensemble e = spec.ensemble();
        jdbc.update("insert into model_rater (" + COLUMNS + ", created_at, created_by) values (?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?, ?, ?, ?)", id, spec.name(), spec.modelVersion(), spec.provider(), spec.promptTemplate(),
                spec.promptTemplateVersion(), spec.runDate() == null ? null : Date.valueOf(spec.runDate()),
                spec.decoding() == null ? "" : spec.decoding(), e == null ? null : String.join("\n", e.members()),
                e == null ? null : e.tiePolicy().name(), e == null ? null : e.minValidVotes(), Timestamp.from(at), by);
        return find(id).orElseThrow();
    }

    /** Deletes the rater when no batch (of any campaign) refers to it any more; true when deleted. */
    public boolean deleteIfUnused(long id) {
        return jdbc.update("delete from model_rater where id = ? and not exists (select 1 from judgment_batch b where "
                + "b.rater_id = model_rater.id)", id) > 0;
    }

    private static ModelRater rater(ResultSet rs, int row) throws SQLException {
        String members = rs.getString("ensemble_members");
        Ensemble ensemble = members == null ? null : new Ensemble(Arrays.asList(members.split("\n")),
                TiePolicy.valueOf(rs.getString("tie_policy")), rs.getInt("min_valid_votes"));
        Date run = rs.getDate("run_date");
        return new ModelRater(new ModelRaterId(rs.getLong("id")), rs.getString("name"), rs.getString("model_version"),
                rs.getString("provider"), rs.getString("prompt_template"), rs.getString("prompt_template_version"),
                run == null ? null : run.toLocalDate(), rs.getString("decoding"), ensemble);
    }
}
