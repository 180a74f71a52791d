package org.latitude.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.latitude.assignment.internal.LeaseSweeper;
import org.latitude.security.UserSummary;
import org.latitude.shared.CampaignId;
import org.latitude.shared.ValidationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Many annotators hammering one campaign at once: next, submit, skip, return without penalty, abandon (the lease then
 * expires), late submit after expiry, while a sweeper expires leases; optionally with opt-outs and a daily category
 * cap. Afterwards the database must show the invariants: no item with more than k completed annotations, never two
 * assignments of one item to one person, every acknowledged submit stored (and nothing stored that was not
 * acknowledged), counters equal to the assignments they count, no item of an opted-out category handed to the person
 * who opted out, nobody shown more than the cap of a category in a day, returns not counted as skips, and — because
 * work continues until nothing is left — every item with exactly k annotations unless every member who has not done
 * it skipped or returned it, opted out of it or reached the cap of its category.
 *
 * <p>Workers stop only on a final answer ({@link NextItem.Reason#ALL_DONE}, a limit reached) and wait and ask again
 * on {@link NextItem.Reason#TAKEN_FOR_NOW}. Before that reason existed the service answered "all done" whenever the
 * items left were all held by other people's leases (or lost a few races in a row), the worker quit, and when one of
 * those leases was then skipped or expired the item was left short of k with nobody left to take it: the flaky
 * "items left short of k" failure. The service now tells the two apart, so the check is exact again.
 */
final class AssignmentHammer {

    record Outcome(long acknowledgedSubmits, long refusedSubmits, long skips, long returns, long waits, long errors) {
    }

    /** Exposure controls of the run: each annotator's opt-outs (username → keys), the cap, returns per 100 items. */
    record Controls(Map<String, Set<String>> optOuts, Integer dailyCap, Set<String> sensitive, int returnPercent) {
        static final Controls NONE = new Controls(Map.of(), null, Set.of(), 4);
    }

    private final AssignmentService assignments;
    private final LeaseSweeper sweeper;
    private final UserDetailsService users;
    private final JdbcTemplate jdbc;

    AssignmentHammer(AssignmentService assignments, LeaseSweeper sweeper, UserDetailsService users, JdbcTemplate jdbc) {
        this.assignments = assignments;
        this.sweeper = sweeper;
        this.users = users;
        this.jdbc = jdbc;
    }

    Outcome run(CampaignId campaignId, List<UserSummary> annotators) throws Exception {
        return run(campaignId, annotators, Controls.NONE);
    }

    Outcome run(CampaignId campaignId, List<UserSummary> annotators, Controls controls) throws Exception {
        Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicLong refused = new AtomicLong();
        AtomicLong skips = new AtomicLong();
        AtomicLong returns = new AtomicLong();
        AtomicLong waits = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        Map<String, Throwable> firstErrors = new ConcurrentHashMap<>();
        AtomicBoolean working = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(annotators.size() + 1);
        Future<?> sweeping = pool.submit(() -> {
            while (working.get()) {
                sweeper.expireLeasesBefore(Instant.now().plusSeconds(7200));
                sleep(40);
            }
        });
        List<Future<?>> workers = new ArrayList<>();
        for (UserSummary annotator : annotators) {
            workers.add(pool.submit(() -> work(campaignId, annotator, controls, acknowledged, refused,
                    new AtomicLong[] {skips, returns, waits}, errors, firstErrors)));
        }
        for (Future<?> worker : workers) {
            worker.get(15, TimeUnit.MINUTES);
        }
        working.set(false);
        sweeping.get(1, TimeUnit.MINUTES);
        pool.shutdown();
        assertThat(firstErrors).as("unexpected errors during the run").isEmpty();
        verify(campaignId, acknowledged, controls, annotators);
        return new Outcome(acknowledged.size(), refused.get(), skips.get(), returns.get(), waits.get(), errors.get());
    }

    private void work(CampaignId campaignId, UserSummary annotator, Controls controls, Set<Long> acknowledged,
                      AtomicLong refused, AtomicLong[] counters, AtomicLong errors,
                      Map<String, Throwable> firstErrors) {
        org.latitude.testsupport.TestUsers.signIn(users, annotator.username());
        Random random = new Random(annotator.id());
        try {
            Set<String> optOuts = controls.optOuts().getOrDefault(annotator.username(), Set.of());
            if (!optOuts.isEmpty()) {
                assignments.setMyOptOuts(campaignId, optOuts);
            }
            while (true) {
                NextItem next = assignments.next(campaignId);
                if (next instanceof NextItem.NothingLeft(NextItem.Reason reason, Instant until)) {
                    if (reason != NextItem.Reason.TAKEN_FOR_NOW) {
                        return;
                    }
                    counters[2].incrementAndGet();
                    sleep(15); // others hold the rest: some may come back when they skip, return or expire
                    continue;
                }
                Lease lease = ((NextItem.Assigned) next).lease();
                int dice = random.nextInt(100);
                if (dice < 8) {
                    assignments.skip(lease.assignmentId(), "hammer skip");
                    counters[0].incrementAndGet();
                } else if (dice < 8 + controls.returnPercent()) {
                    assignments.returnItem(lease.assignmentId());
                    counters[1].incrementAndGet();
                } else if (dice < 14 + controls.returnPercent()) {
                    sleep(60); // abandon for a while: the sweeper expires it, then submit late
                    submit(lease, acknowledged, refused);
                } else {
                    submit(lease, acknowledged, refused);
                }
            }
        } catch (RuntimeException e) {
            errors.incrementAndGet();
            firstErrors.putIfAbsent(annotator.username(), e);
        } finally {
            org.latitude.testsupport.TestUsers.signOut();
        }
    }

    private void submit(Lease lease, Set<Long> acknowledged, AtomicLong refused) {
        try {
            SubmitOutcome outcome = assignments.complete(lease.assignmentId());
            if (outcome != SubmitOutcome.ALREADY_COMPLETED) {
                assertThat(acknowledged.add(lease.assignmentId().value())).as("acknowledged twice").isTrue();
            }
        } catch (ValidationException e) {
            refused.incrementAndGet(); // a late submit on an item that has filled up: refused with a message
        }
    }

    private void verify(CampaignId campaign, Set<Long> acknowledged, Controls controls,
                        List<UserSummary> annotators) {
        long campaignId = campaign.value();
        sweeper.expireLeasesBefore(Instant.now().plusSeconds(7200));
        List<Long> completed = jdbc.queryForList("select id from assignment where campaign_id = ? and state = "
                + "'COMPLETED'", Long.class, campaignId);
        assertThat(completed).as("every acknowledged submit is stored, and only those")
                .containsExactlyInAnyOrderElementsOf(acknowledged);
        assertThat(jdbc.queryForList("select item_id from assignment where campaign_id = ? group by item_id, "
                + "annotator_id having count(*) > 1", Long.class, campaignId)).as("two assignments of one item to one "
                + "person").isEmpty();
        assertThat(jdbc.queryForList("select ci.item_id from campaign_item ci where ci.campaign_id = ? and "
                + "(ci.completed > ci.capacity or ci.completed <> (select count(*) from assignment a where "
                + "a.campaign_id = ci.campaign_id and a.item_id = ci.item_id and a.state = 'COMPLETED') or ci.leased <> "
                + "(select count(*) from assignment a where a.campaign_id = ci.campaign_id and a.item_id = ci.item_id "
                + "and a.state = 'LEASED'))", Long.class, campaignId)).as("items over k or with wrong counters")
                .isEmpty();
        verifyExposure(campaign, controls, annotators);
        assertThat(org.latitude.security.SystemIdentity.callAsSystem(() -> assignments.progress(campaign).skips())).as("skips in the quality figures: SKIPPED only, "
                + "never returns").isEqualTo(jdbc.queryForObject("select count(*) from assignment where campaign_id = ? "
                + "and state = 'SKIPPED'", Long.class, campaignId));
    }

    /**
     * Opt-outs and caps held, and no item was left short of k while some member could still have taken it (not done,
     * skipped or returned by them, not opted out of, not in a category whose cap they reached).
     */
    private void verifyExposure(CampaignId campaign, Controls controls, List<UserSummary> annotators) {
        long campaignId = campaign.value();
        Map<Long, Set<String>> categories = new java.util.HashMap<>();
        jdbc.query("select item_id, category_key from campaign_item_category where campaign_id = ?", rs -> {
            categories.computeIfAbsent(rs.getLong(1), k -> new java.util.TreeSet<>()).add(rs.getString(2));
        }, campaignId);
        Map<Long, Set<String>> optOuts = new java.util.HashMap<>();
        Map<Long, Map<String, Long>> shown = new java.util.HashMap<>();
        Map<Long, Map<Long, String>> states = new java.util.HashMap<>();
        for (UserSummary a : annotators) {
            optOuts.put(a.id(), controls.optOuts().getOrDefault(a.username(), Set.of()));
            shown.put(a.id(), new java.util.HashMap<>());
        }
        jdbc.query("select annotator_id, item_id, state from assignment where campaign_id = ?", rs -> {
            long who = rs.getLong(1);
            long item = rs.getLong(2);
            states.computeIfAbsent(item, k -> new java.util.HashMap<>()).put(who, rs.getString(3));
            for (String k : categories.getOrDefault(item, Set.of())) {
                assertThat(optOuts.get(who)).as("annotator %d was handed item %d of opted-out category %s", who,
                        item, k).doesNotContain(k);
                shown.get(who).merge(k, 1L, Long::sum);
            }
        }, campaignId);
        if (controls.dailyCap() != null) {
            shown.forEach((who, byCategory) -> controls.sensitive().forEach(k -> assertThat(
                    byCategory.getOrDefault(k, 0L)).as("annotator %d shown items of %s today", who, k)
                    .isLessThanOrEqualTo(controls.dailyCap().longValue())));
        }
        List<Long> short_ = new ArrayList<>();
        jdbc.query("select item_id from campaign_item where campaign_id = ? and completed < capacity", rs -> {
            long item = rs.getLong(1);
            Set<String> its = categories.getOrDefault(item, Set.of());
            for (UserSummary a : annotators) {
                String state = states.getOrDefault(item, Map.of()).get(a.id());
                boolean finished = state != null && !state.equals("EXPIRED") && !state.equals("LEASED");
                boolean optedOut = its.stream().anyMatch(optOuts.get(a.id())::contains);
                boolean capped = controls.dailyCap() != null && its.stream().anyMatch(k -> controls.sensitive()
                        .contains(k) && shown.get(a.id()).getOrDefault(k, 0L) >= controls.dailyCap());
                if (!finished && !optedOut && !capped) {
                    short_.add(item);
                    return;
                }
            }
        }, campaignId);
        assertThat(short_).as("items left short of k although a member could still have taken them").isEmpty();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
