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
 * Many annotators hammering one campaign at once: next, submit, skip, abandon (the lease then expires), late submit
 * after expiry, while a sweeper expires leases. Afterwards the database must show the invariants: no item with more
 * than k completed annotations, never two assignments of one item to one person, every acknowledged submit stored
 * (and nothing stored that was not acknowledged), counters equal to the assignments they count, and — because work
 * continues until nothing is left — every item with exactly k annotations unless too many members skipped it.
 */
final class AssignmentHammer {

    record Outcome(long acknowledgedSubmits, long refusedSubmits, long skips, long errors) {
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
        Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicLong refused = new AtomicLong();
        AtomicLong skips = new AtomicLong();
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
            workers.add(pool.submit(() -> work(campaignId, annotator, acknowledged, refused, skips, errors,
                    firstErrors)));
        }
        for (Future<?> worker : workers) {
            worker.get(15, TimeUnit.MINUTES);
        }
        working.set(false);
        sweeping.get(1, TimeUnit.MINUTES);
        pool.shutdown();
        assertThat(firstErrors).as("unexpected errors during the run").isEmpty();
        verify(campaignId, acknowledged);
        return new Outcome(acknowledged.size(), refused.get(), skips.get(), errors.get());
    }

    private void work(CampaignId campaignId, UserSummary annotator, Set<Long> acknowledged, AtomicLong refused,
                      AtomicLong skips, AtomicLong errors, Map<String, Throwable> firstErrors) {
        org.latitude.testsupport.TestUsers.signIn(users, annotator.username());
        Random random = new Random(annotator.id());
        try {
            while (true) {
                if (!(assignments.next(campaignId) instanceof NextItem.Assigned(Lease lease))) {
                    return;
                }
                int dice = random.nextInt(100);
                if (dice < 8) {
                    assignments.skip(lease.assignmentId(), "hammer skip");
                    skips.incrementAndGet();
                } else if (dice < 14) {
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

    private void verify(CampaignId campaign, Set<Long> acknowledged) {
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
        assertThat(jdbc.queryForList("select ci.item_id from campaign_item ci where ci.campaign_id = ? and "
                + "ci.completed < ci.capacity and (select count(*) from assignment a where a.campaign_id = "
                + "ci.campaign_id and a.item_id = ci.item_id and a.state = 'SKIPPED') < (select count(*) from "
                + "campaign_member m where m.campaign_id = ci.campaign_id) - ci.capacity", Long.class, campaignId))
                .as("items left short of k although enough members had not skipped them").isEmpty();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
