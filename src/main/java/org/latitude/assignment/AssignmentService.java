package org.latitude.assignment;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.latitude.assignment.internal.AssignmentRow;
import org.latitude.assignment.internal.AssignmentState;
import org.latitude.assignment.internal.AssignmentStore;
import org.latitude.assignment.internal.ItemCounts;
import org.latitude.assignment.internal.ProgressQueries;
import org.latitude.assignment.internal.ShuffleOrder;
import org.latitude.campaign.AssignmentPolicy;
import org.latitude.campaign.CampaignService;
import org.latitude.dataset.ItemCatalog;
import org.latitude.campaign.CampaignStatus;
import org.latitude.security.CurrentUser;
import org.latitude.shared.AssignmentId;
import org.latitude.shared.CampaignId;
import org.latitude.shared.ItemId;
import org.latitude.shared.UserId;
import org.latitude.shared.ValidationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands out items of a campaign to its members. An item goes to an annotator who has not done, skipped or leased it,
 * and only while it has fewer than k completed-plus-leased annotations; items closest to completion come first, then a
 * per-annotator rotation of a random permutation; gold items come at the campaign's rate. Every change to an item
 * takes its pool-row lock first (a transaction holds at most one), and the database's constraints hold the
 * invariants (≤ k per item, one per annotator).
 */
@Service
public class AssignmentService {

    private static final int ROUNDS_PER_LEVEL = 4;

    private final AssignmentStore store;
    private final ProgressQueries progress;
    private final CampaignService campaigns;
    private final ItemCatalog items;
    private final CurrentUser currentUser;
    private final Clock clock;

    AssignmentService(AssignmentStore store, ProgressQueries progress, CampaignService campaigns, ItemCatalog items,
                      CurrentUser currentUser, Clock clock) {
        this.store = store;
        this.progress = progress;
        this.campaigns = campaigns;
        this.items = items;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The signed-in member's current lease, or a new one, or why there is none. */
    @PermitAll
    @Transactional
    public NextItem next(CampaignId campaignId) {
        UserId me = me();
        AssignmentPolicy policy = campaigns.assignmentPolicyForMe(campaignId);
        if (policy.status() != CampaignStatus.ACTIVE) {
            return new NextItem.NothingLeft(NextItem.Reason.NOT_ACTIVE);
        }
        Instant now = now();
        Optional<AssignmentRow> held = store.activeLease(campaignId, me, now);
        if (held.isPresent()) {
            return new NextItem.Assigned(toLease(held.get()));
        }
        if (policy.dailyQuota() != null && store.completedSince(campaignId, me, startOfToday(now))
                >= policy.dailyQuota()) {
            return new NextItem.NothingLeft(NextItem.Reason.QUOTA_REACHED);
        }
        int offset = ShuffleOrder.annotatorOffset(campaignId, me);
        if (goldTurn(policy, campaignId, me)) {
            Optional<Lease> gold = leaseFirst(policy, me, now, () -> candidates(campaignId, true, 0, me, offset));
            if (gold.isPresent()) {
                return new NextItem.Assigned(gold.get());
            }
        }
        for (int fill = policy.overlap() - 1; fill >= 0; fill--) {
            int level = fill;
            Optional<Lease> lease = leaseFirst(policy, me, now, () -> candidates(campaignId, false, level, me, offset));
            if (lease.isPresent()) {
                return new NextItem.Assigned(lease.get());
            }
        }
        return new NextItem.NothingLeft(NextItem.Reason.ALL_DONE);
    }

    /**
     * Counts the signed-in annotator's work on a leased item. Called by the annotation module inside the transaction
     * that stores the annotation, so both happen or neither. A lease that expired still counts while the item has
     * room; otherwise the submit is refused with a message.
     */
    @PermitAll
    @Transactional
    public SubmitOutcome complete(AssignmentId assignmentId) {
        AssignmentRow a = own(assignmentId);
        if (campaigns.assignmentPolicyForMe(a.campaignId()).status() == CampaignStatus.CLOSED) {
            throw new ValidationException("This campaign is closed; no more answers are accepted.");
        }
        ItemCounts counts = store.lockItem(a.campaignId(), a.itemId()).orElseThrow();
        AssignmentRow current = store.assignment(assignmentId).orElseThrow();
        Instant now = now();
        Integer seconds = (int) Math.min(Integer.MAX_VALUE, Duration.between(current.leasedAt(), now).toSeconds());
        return switch (current.state()) {
            case COMPLETED -> SubmitOutcome.ALREADY_COMPLETED;
            case SKIPPED -> throw new ValidationException("You skipped this item, so it cannot be submitted.");
            case LEASED -> {
                store.finish(assignmentId, AssignmentState.LEASED, AssignmentState.COMPLETED, now, seconds, null);
                store.addCounts(a.campaignId(), a.itemId(), 1, -1);
                yield now.isAfter(current.expiresAt()) ? SubmitOutcome.COUNTED_AFTER_EXPIRY : SubmitOutcome.COUNTED;
            }
            case EXPIRED -> {
                if (!counts.hasRoom()) {
                    throw new ValidationException("Your time on this item ran out and it has since received all its "
                            + "annotations, so your answer was not stored. Please continue with the next item.");
                }
                store.finish(assignmentId, AssignmentState.EXPIRED, AssignmentState.COMPLETED, now, seconds, null);
                store.addCounts(a.campaignId(), a.itemId(), 1, 0);
                yield SubmitOutcome.COUNTED_AFTER_EXPIRY;
            }
        };
    }

    /** Skips a leased item with a reason; the item goes back to the pool for others, never again to this person. */
    @PermitAll
    @Transactional
    public void skip(AssignmentId assignmentId, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 1000) {
            throw new ValidationException("Say why you skip this item (at most 1,000 characters).");
        }
        AssignmentRow a = own(assignmentId);
        store.lockItem(a.campaignId(), a.itemId()).orElseThrow();
        AssignmentRow current = store.assignment(assignmentId).orElseThrow();
        Instant now = now();
        switch (current.state()) {
            case LEASED -> {
                store.finish(assignmentId, AssignmentState.LEASED, AssignmentState.SKIPPED, now, null, why);
                store.addCounts(a.campaignId(), a.itemId(), 0, -1);
            }
            case EXPIRED -> store.finish(assignmentId, AssignmentState.EXPIRED, AssignmentState.SKIPPED, now, null,
                    why);
            case SKIPPED -> { }
            case COMPLETED -> throw new ValidationException("This item was already submitted; it cannot be skipped.");
        }
    }

    /** The signed-in annotator's own lease (for rendering); refused for anybody else's. */
    @PermitAll
    @Transactional(readOnly = true)
    public Lease lease(AssignmentId assignmentId) {
        return toLease(own(assignmentId));
    }

    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public CampaignProgress progress(CampaignId campaignId) {
        return progress.campaign(campaignId, startOfToday(clock.instant()), campaigns.details(campaignId).memberIds(),
                items::externalIds);
    }

    /** Share of the campaign's needed annotations done, 0–1: the counters only, cheap enough for lists. */
    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public double completion(CampaignId campaignId) {
        return progress.completion(campaignId);
    }

    @PermitAll
    @Transactional(readOnly = true)
    public MyProgress myProgress(CampaignId campaignId) {
        campaigns.assignmentPolicyForMe(campaignId);
        return progress.mine(campaignId, me(), startOfToday(clock.instant()));
    }

    private Optional<Lease> leaseFirst(AssignmentPolicy policy, UserId me, Instant now,
                                       java.util.function.Supplier<List<ItemId>> candidates) {
        for (int round = 0; round < ROUNDS_PER_LEVEL; round++) {
            List<ItemId> items = candidates.get();
            if (items.isEmpty()) {
                return Optional.empty();
            }
            for (ItemId itemId : items) {
                Optional<Lease> lease = tryLease(policy, itemId, me, now);
                if (lease.isPresent()) {
                    return lease;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Leases the item if this annotator has no live assignment of it and a slot is free. The slot is taken by a
     * conditional update, so a candidate that is full costs no lock and the transaction holds at most one.
     */
    private Optional<Lease> tryLease(AssignmentPolicy policy, ItemId itemId, UserId me, Instant now) {
        CampaignId campaignId = policy.campaignId();
        Optional<AssignmentRow> existing = store.assignment(campaignId, itemId, me);
        if (existing.isPresent() && existing.get().state() != AssignmentState.EXPIRED) {
            return Optional.empty();
        }
        if (!store.takeSlot(campaignId, itemId)) {
            return Optional.empty();
        }
        Instant until = now.plus(Duration.ofMinutes(policy.leaseMinutes()));
        AssignmentId id;
        ShownOrder shown;
        if (existing.isPresent()) {
            id = existing.get().id();
            shown = existing.get().shownOrder();
            store.reLease(id, now, until);
        } else {
            shown = ShownOrder.swapped(ShuffleOrder.swapSides(campaignId, me, itemId));
            id = store.insertLease(campaignId, itemId, me, shown, now, until);
        }
        return Optional.of(new Lease(id, campaignId, itemId, shown, until));
    }

    private List<ItemId> candidates(CampaignId campaignId, boolean gold, int fill, UserId me, int offset) {
        List<ItemId> items = new ArrayList<>(store.candidates(campaignId, gold, fill, me, offset, false));
        if (items.size() < 2) {
            items.addAll(store.candidates(campaignId, gold, fill, me, offset, true));
        }
        return items;
    }

    private boolean goldTurn(AssignmentPolicy policy, CampaignId campaignId, UserId me) {
        if (policy.goldRatePercent() <= 0) {
            return false;
        }
        long period = Math.max(2, Math.round(100.0 / policy.goldRatePercent()));
        return store.finishedCount(campaignId, me) % period == period - 1;
    }

    private AssignmentRow own(AssignmentId assignmentId) {
        AssignmentRow a = store.assignment(assignmentId)
                .orElseThrow(() -> new ValidationException("No such assignment."));
        if (!a.annotatorId().equals(me())) {
            throw new AccessDeniedException("assignment " + assignmentId + " belongs to someone else");
        }
        return a;
    }

    private static Lease toLease(AssignmentRow row) {
        return new Lease(row.id(), row.campaignId(), row.itemId(), row.shownOrder(), row.expiresAt());
    }

    private UserId me() {
        return new UserId(currentUser.require().userId());
    }

    /** Database timestamps keep microseconds; so do leases, so a lease read back equals the one handed out. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static Instant startOfToday(Instant now) {
        ZoneId zone = ZoneId.systemDefault();
        return LocalDate.ofInstant(now, zone).atStartOfDay(zone).toInstant();
    }
}
