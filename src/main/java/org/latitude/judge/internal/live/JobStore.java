package org.latitude.judge.internal.live;

import org.latitude.shared.ItemId;
import org.latitude.shared.CampaignId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.latitude.judge.AttemptFailure;
import org.latitude.judge.CallRecord;
import org.latitude.judge.JobProgress;
import org.latitude.judge.JobSettings;
import org.latitude.judge.JobStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The live-job tables: jobs with their lease, units, calls and failed attempts (plain JDBC). */
@Component
public class JobStore {

    /** A job as its runner needs it. */
    public record Job(long id, long campaignId, long endpointId, long raterId, long batchId, String templateKey,
                      String templateVersion, JobSettings settings, JobStatus status, long callsSent,
                      long tokensUsed, long budgetCalls, long budgetTokens) {
    }

    /** A unit not yet done, with the outcomes of its calls stored so far (call index → outcome). */
    public record PendingUnit(int index, long itemId, int principle, Map<Integer, String> outcomes) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcTemplate jdbc;

    JobStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long create(long campaignId, long endpointId, long raterId, long batchId, String templateKey,
                       String templateVersion, JobSettings settings, long calls, Instant at, String by) {
        Long id = jdbc.queryForObject("select nextval('judge_job_id_seq')", Long.class);
        jdbc.update("insert into judge_job (id, campaign_id, endpoint_id, rater_id, batch_id, template_key, "
                + "template_version, settings, status, units_total, calls_total, calls_sent, tokens_used, budget_calls,"
                + " budget_tokens, created_at, created_by, version) values (?, ?, ?, ?, ?, ?, ?, ?, 'QUEUED', 0, ?, 0, 0,"
                + " ?, ?, ?, ?, 0)", id, campaignId, endpointId, raterId, batchId, templateKey, templateVersion,
                JSON.writeValueAsString(settings), calls, settings.budgetCalls(), settings.budgetTokens(),
                Timestamp.from(at), by);
        return id;
    }

    /** Adds units (item, principle or -1) in JDBC batches. */
    public void addUnits(long jobId, List<long[]> units) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            rows.add(new Object[] {jobId, i, units.get(i)[0], (int) units.get(i)[1]});
        }
        jdbc.batchUpdate("insert into judge_unit (job_id, unit_index, item_id, principle_index, done) values "
                + "(?, ?, ?, ?, false)", rows);
        jdbc.update("update judge_job set units_total = ? where id = ?", units.size(), jobId);
    }

    public Optional<Job> find(long id) {
        return jdbc.query("select id, campaign_id, endpoint_id, rater_id, batch_id, template_key, template_version, "
                + "settings, status, calls_sent, tokens_used, budget_calls, budget_tokens from judge_job where id = ?",
                (rs, n) -> new Job(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getString(6), rs.getString(7), JSON.readValue(rs.getString(8), JobSettings.class),
                        JobStatus.valueOf(rs.getString(9)), rs.getLong(10), rs.getLong(11), rs.getLong(12),
                        rs.getLong(13)), id).stream().findFirst();
    }

    /** Jobs waiting for an instance: queued, or running under a lease that has expired (its instance is gone). */
    public List<Long> claimable(Instant now) {
        return jdbc.queryForList("select id from judge_job where status in ('QUEUED', 'RUNNING') and (claimed_by is "
                + "null or lease_until < ?) order by id", Long.class, Timestamp.from(now));
    }

    /** Takes the job for this instance; false when another instance holds a valid lease on it. */
    public boolean claim(long id, String instance, Instant now, Instant until) {
        return jdbc.update("update judge_job set claimed_by = ?, lease_until = ?, status = 'RUNNING', "
                + "status_reason = null, version = version + 1 where id = ? and status in ('QUEUED', 'RUNNING') and "
                + "(claimed_by is null or lease_until < ? or claimed_by = ?)", instance, Timestamp.from(until), id,
                Timestamp.from(now), instance) == 1;
    }

    /** Renews the lease; returns the job's status (an admin may have cancelled it from another instance). */
    public JobStatus renew(long id, String instance, Instant until) {
        jdbc.update("update judge_job set lease_until = ? where id = ? and claimed_by = ?", Timestamp.from(until), id,
                instance);
        return JobStatus.valueOf(jdbc.queryForObject("select status from judge_job where id = ?", String.class, id));
    }

    /** Ends the run: the status, the reason, and the lease released. Only a running job moves. */
    public void finish(long id, String instance, JobStatus status, String reason, Instant at) {
        jdbc.update("update judge_job set status = case when status = 'RUNNING' then ? else status end, "
                + "status_reason = case when status = 'RUNNING' then ? else status_reason end, claimed_by = null, "
                + "lease_until = null, finished_at = ? where id = ? and claimed_by = ?", status.name(), reason,
                Timestamp.from(at), id, instance);
    }

    /** Lets go of a job without changing its status (this instance is shutting down: another one resumes it). */
    public void release(long id, String instance) {
        jdbc.update("update judge_job set claimed_by = null, lease_until = null where id = ? and claimed_by = ?", id,
                instance);
    }

    public boolean setStatus(long id, JobStatus from1, JobStatus from2, JobStatus to, String reason) {
        return jdbc.update("update judge_job set status = ?, status_reason = ?, version = version + 1 where id = ? and "
                + "status in (?, ?)", to.name(), reason, id, from1.name(), from2.name()) == 1;
    }

    public void setBudget(long id, long calls, long tokens) {
        jdbc.update("update judge_job set budget_calls = ?, budget_tokens = ? where id = ?", calls, tokens, id);
    }

    public List<PendingUnit> pending(long jobId) {
        Map<Integer, Map<Integer, String>> outcomes = new HashMap<>();
        jdbc.query("select c.unit_index, c.call_index, c.outcome from judge_call c join judge_unit u on u.job_id = "
                + "c.job_id and u.unit_index = c.unit_index where c.job_id = ? and not u.done", rs -> {
                    outcomes.computeIfAbsent(rs.getInt(1), k -> new HashMap<>()).put(rs.getInt(2), rs.getString(3));
                }, jobId);
        return jdbc.query("select unit_index, item_id, principle_index from judge_unit where job_id = ? and not done "
                + "order by unit_index", (rs, n) -> new PendingUnit(rs.getInt(1), rs.getLong(2), rs.getInt(3),
                outcomes.getOrDefault(rs.getInt(1), Map.of())), jobId);
    }

    /** Calls ever sent for this call (their failures are numbered on from there). */
    public int attemptsSoFar(long jobId, int unit, int call) {
        Integer n = jdbc.queryForObject("select count(*) from judge_attempt_failure where job_id = ? and unit_index = ?"
                + " and call_index = ?", Integer.class, jobId, unit, call);
        return n == null ? 0 : n;
    }

    public List<JobProgress> progress(Long campaignId) {
        return jdbc.query("select j.id, j.campaign_id, r.name || ' ' || r.model_version, j.template_key || ' v' || "
                + "j.template_version, j.status, j.status_reason, j.units_total, (select count(*) from judge_unit u "
                + "where u.job_id = j.id and u.done), j.calls_total, (select count(*) from judge_call c where c.job_id "
                + "= j.id and c.outcome = 'ANSWERED'), (select count(*) from judge_call c where c.job_id = j.id and "
                + "c.outcome = 'UNPARSEABLE'), (select count(*) from judge_call c where c.job_id = j.id and c.outcome "
                + "= 'FAILED'), j.calls_sent, j.tokens_used, j.budget_calls, j.budget_tokens, j.created_at, "
                + "j.finished_at from judge_job j join model_rater r on r.id = j.rater_id"
                + (campaignId == null ? "" : " where j.campaign_id = ?") + " order by j.id desc", (rs, n) ->
                new JobProgress(rs.getLong(1), new CampaignId(rs.getLong(2)), rs.getString(3), rs.getString(4),
                        JobStatus.valueOf(rs.getString(5)), rs.getString(6), rs.getLong(7), rs.getLong(8),
                        rs.getLong(9), rs.getLong(10), rs.getLong(11), rs.getLong(12), rs.getLong(13), rs.getLong(14),
                        rs.getLong(15), rs.getLong(16), rs.getTimestamp(17).toInstant(),
                        rs.getTimestamp(18) == null ? null : rs.getTimestamp(18).toInstant()),
                campaignId == null ? new Object[0] : new Object[] {campaignId});
    }

    public List<AttemptFailure> failures(long jobId, int limit) {
        return jdbc.query("select unit_index, call_index, attempt, http_status, cause, occurred_at from "
                + "judge_attempt_failure where job_id = ? order by id desc limit ?", (rs, n) -> new AttemptFailure(
                rs.getInt(1), rs.getInt(2), rs.getInt(3), (Integer) rs.getObject(4), rs.getString(5),
                rs.getTimestamp(6).toInstant()), jobId, limit);
    }

    public List<CallRecord> calls(long jobId, int limit) {
        return jdbc.query("select c.unit_index, c.call_index, u.item_id, c.outcome, c.answer, c.parsed, c.p_unsafe, "
                + "c.p_a, c.p_b, c.p_neither, c.attempts, c.cause, c.finished_at from judge_call c join judge_unit u on"
                + " u.job_id = c.job_id and u.unit_index = c.unit_index where c.job_id = ? order by c.finished_at desc,"
                + " c.unit_index, c.call_index limit ?", (rs, n) -> new CallRecord(rs.getInt(1), rs.getInt(2),
                new ItemId(rs.getLong(3)), rs.getString(4), rs.getString(5), rs.getString(6), (Double) rs.getObject(7),
                (Double) rs.getObject(8), (Double) rs.getObject(9), (Double) rs.getObject(10), rs.getInt(11),
                rs.getString(12), rs.getTimestamp(13).toInstant()), jobId, limit);
    }
}
