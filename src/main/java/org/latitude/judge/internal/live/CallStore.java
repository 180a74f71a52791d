package org.latitude.judge.internal.live;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.latitude.judge.JudgmentKind;
import org.latitude.judge.internal.BatchStore;
import org.latitude.judge.internal.JudgmentWriter;
import org.latitude.judge.internal.imports.Rows;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores each call's outcome the moment it arrives, each in its own short transaction, so nothing finished is lost
 * or repeated: a failed attempt (with its cause), a final answer, and — when it completes its unit — the unit's
 * judgments, built from the unit's stored calls.
 */
@Component
public class CallStore {

    /** A unit's stored call as assembly reads it. */
    record StoredCall(int call, String outcome, String parsed, Double pUnsafe, Double pA, Double pB,
                      Double pNeither) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final JudgmentWriter writer;
    private final BatchStore batches;

    CallStore(JdbcTemplate jdbc, TransactionTemplate tx, JudgmentWriter writer, BatchStore batches) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.writer = writer;
        this.batches = batches;
    }

    public void recordFailure(long jobId, int unit, int call, int attempt, Integer httpStatus, String cause,
                              Instant at) {
        tx.executeWithoutResult(s -> {
            jdbc.update("insert into judge_attempt_failure (job_id, unit_index, call_index, attempt, http_status, "
                    + "cause, occurred_at) values (?, ?, ?, ?, ?, ?, ?)", jobId, unit, call, attempt, httpStatus,
                    shorten(cause, 2000), Timestamp.from(at));
            jdbc.update("update judge_job set calls_sent = calls_sent + 1 where id = ?", jobId);
        });
    }

    /**
     * Stores a call's final outcome; {@code sent} is 1 when this outcome came with an answer (the failures were
     * counted as they happened). When {@code lastOfUnit}, the unit's judgments are written in the same transaction.
     */
    public void storeCall(long jobId, int unit, int call, CallAnswer a, int attempts, int sent, long tokens,
                          long latencyMs, Instant at, UnitContext lastOfUnit) {
        tx.executeWithoutResult(s -> {
            jdbc.update("delete from judge_call where job_id = ? and unit_index = ? and call_index = ?", jobId, unit,
                    call);
            jdbc.update("insert into judge_call (job_id, unit_index, call_index, outcome, answer, parsed, p_unsafe, "
                    + "p_a, p_b, p_neither, attempts, prompt_tokens, completion_tokens, latency_ms, cause, finished_at)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, null, null, ?, ?, ?)", jobId, unit, call,
                    a.outcome().name(), shorten(a.answer(), 20000), shorten(a.parsed(), 4000), a.pUnsafe(), a.pA(),
                    a.pB(), a.pNeither(), attempts, latencyMs, shorten(a.cause(), 2000), Timestamp.from(at));
            jdbc.update("update judge_job set calls_sent = calls_sent + ?, tokens_used = tokens_used + ? where id = ?",
                    sent, tokens, jobId);
            if (lastOfUnit != null) {
                assemble(jobId, unit, lastOfUnit);
            }
        });
    }

    /** Writes the judgments of a unit whose calls all have a final answer (also after a restart) and marks it done. */
    public void completeUnit(long jobId, int unit, UnitContext context) {
        tx.executeWithoutResult(s -> assemble(jobId, unit, context));
    }

    private void assemble(long jobId, int unit, UnitContext c) {
        List<StoredCall> calls = jdbc.query("select call_index, outcome, parsed, p_unsafe, p_a, p_b, p_neither from "
                + "judge_call where job_id = ? and unit_index = ? order by call_index", (rs, n) -> new StoredCall(
                rs.getInt(1), rs.getString(2), rs.getString(3), (Double) rs.getObject(4), (Double) rs.getObject(5),
                (Double) rs.getObject(6), (Double) rs.getObject(7)), jobId, unit);
        if (calls.stream().anyMatch(k -> k.outcome().equals("FAILED"))) {
            return;
        }
        Rows rows = UnitJudgments.of(c, calls);
        writer.write(c.campaignId(), c.raterId(), c.batchId(), rows, stored -> { });
        batches.addCount(c.batchId(), rows.size());
        jdbc.update("update judge_unit set done = true where job_id = ? and unit_index = ?", jobId, unit);
    }

    /** What assembly needs to know about the unit. */
    public record UnitContext(long campaignId, long raterId, long batchId, JudgmentKind kind, long itemId,
                              int principle) {
    }

    private static String shorten(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
