package org.latitude.assignment;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.latitude.assignment.internal.AssignmentRow;
import org.latitude.assignment.internal.AssignmentState;
import org.latitude.assignment.internal.AssignmentStore;
import org.latitude.assignment.internal.BreakSchedule;
import org.latitude.assignment.internal.ItemCategories;
import org.latitude.assignment.internal.ItemCounts;
import org.latitude.assignment.internal.ProgressQueries;
import org.latitude.assignment.internal.ShuffleOrder;
import org.latitude.campaign.AssignmentPolicy;
import org.latitude.campaign.CampaignDetails;
import org.latitude.campaign.NoticeSource;
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
 * per-annotator rotation of a random permutation; gold items come at the campaign's rate, at seeded random places.
 * The exposure controls filter the candidates (items in categories the annotator opted out of or reached today's cap
 * for are not handed to them) and pause the work for enforced breaks. Every change to an item takes its pool-row lock
 * first (a transaction holds at most one, after the annotator's own membership row), and the database's constraints
 * hold the invariants (≤ k per item, one per annotator).
 */
@Service
public class AssignmentService {

    private static final int ROUNDS_PER_LEVEL = 4;
    /** Whole passes over the fill levels while free slots exist but others keep taking them first. */
    private static final int ATTEMPTS = 3;

    private final AssignmentStore store;
    private final ItemCategories categories;
    private final ProgressQueries progress;
    private final CampaignService campaigns;
    private final ItemCatalog items;
    private final CurrentUser currentUser;
    private final Clock clock;

    AssignmentService(AssignmentStore store, ItemCategories categories, ProgressQueries progress,
                      CampaignService campaigns, ItemCatalog items, CurrentUser currentUser, Clock clock) {
        this.store = store;
        this.categories = categories;
        this.progress = progress;
        this.campaigns = campaigns;
        this.items = items;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * The signed-in member's current lease, or a new one, or why there is none. One annotator's requests are
     * serialised on their membership row, so a daily cap cannot be overrun by two tabs.
     */
    @PermitAll
    @Transactional
    public NextItem next(CampaignId campaignId) {
        UserId me = me();
        AssignmentPolicy policy = campaigns.lockAssignmentPolicyForMe(campaignId);
        if (policy.status() != CampaignStatus.ACTIVE) {
            return new NextItem.NothingLeft(NextItem.Reason.NOT_ACTIVE);
        }
        Instant now = now();
        Set<String> optedOut = optedOut(policy, me);
        Optional<AssignmentRow> held = store.activeLease(campaignId, me, now);
        if (held.isPresent()) {
            return new NextItem.Assigned(toLease(held.get()));
        }
        Optional<Instant> breakEnds = breakEnds(policy, me, now);
        if (breakEnds.isPresent()) {
            return new NextItem.NothingLeft(NextItem.Reason.ON_BREAK, breakEnds.get());
        }
        Instant today = startOfToday(now);
        if (policy.dailyQuota() != null && store.completedSince(campaignId, me, today) >= policy.dailyQuota()) {
            return new NextItem.NothingLeft(NextItem.Reason.QUOTA_REACHED);
        }
        Set<String> capped = capReached(policy, me, now);
        Set<String> excluded = new TreeSet<>(optedOut);
        excluded.addAll(capped);
        int offset = ShuffleOrder.annotatorOffset(campaignId, me);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<Lease> lease = leaseAny(policy, me, now, offset, excluded);
            if (lease.isPresent()) {
                return new NextItem.Assigned(lease.get());
            }
            if (!store.openItemExists(campaignId, me, excluded, true)) {
                break; // no slot free anywhere: retrying cannot help
            }
        }
        if (store.openItemExists(campaignId, me, excluded, false)) {
            return new NextItem.NothingLeft(NextItem.Reason.TAKEN_FOR_NOW);
        }
        if (!capped.isEmpty() && store.openItemExists(campaignId, me, optedOut, false)) {
            return new NextItem.NothingLeft(NextItem.Reason.CATEGORY_CAP_REACHED);
        }
        return new NextItem.NothingLeft(NextItem.Reason.ALL_DONE);
    }

    /** A gold item when it is the gold turn, else the item closest to completion; none when all are taken. */
    private Optional<Lease> leaseAny(AssignmentPolicy policy, UserId me, Instant now, int offset,
                                     Set<String> excluded) {
        CampaignId campaignId = policy.campaignId();
        if (goldTurn(policy, campaignId, me)) {
            Optional<Lease> gold = leaseFirst(policy, me, now,
                    () -> candidates(campaignId, true, 0, me, offset, excluded));
            if (gold.isPresent()) {
                return gold;
            }
        }
        for (int fill = policy.overlap() - 1; fill >= 0; fill--) {
            int level = fill;
            Optional<Lease> lease = leaseFirst(policy, me, now,
                    () -> candidates(campaignId, false, level, me, offset, excluded));
            if (lease.isPresent()) {
                return lease;
            }
        }
        return Optional.empty();
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
            case RETURNED -> throw new ValidationException("You returned this item, so it cannot be submitted.");
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
            case RETURNED -> throw new ValidationException("You returned this item already.");
            case COMPLETED -> throw new ValidationException("This item was already submitted; it cannot be skipped.");
        }
    }

    /**
     * Gives a leased item back without penalty: not a skip (no reason asked, not in anyone's skip figures), never
     * handed to this annotator again; the item goes back to the pool for others.
     */
    @PermitAll
    @Transactional
    public void returnItem(AssignmentId assignmentId) {
        AssignmentRow a = own(assignmentId);
        switch (a.state()) { // SKIPPED, COMPLETED and RETURNED are final; giveBack re-reads under the row lock
            case LEASED, EXPIRED -> giveBack(a, now());
            case RETURNED -> { }
            case SKIPPED -> throw new ValidationException("You skipped this item already.");
            case COMPLETED -> throw new ValidationException("This item was already submitted; it cannot be returned.");
        }
    }

    /** The signed-in annotator's own exposure log in the campaign (today and this week per sensitive category). */
    @PermitAll
    @Transactional(readOnly = true)
    public MyExposure myExposure(CampaignId campaignId) {
        AssignmentPolicy policy = campaigns.assignmentPolicyForMe(campaignId);
        UserId me = me();
        Instant now = now();
        Map<String, long[]> counts = categories.exposure(campaignId, me, startOfToday(now), startOfWeek(now));
        Integer cap = policy.wellbeing().dailyCategoryCap();
        List<CategoryExposure> rows = policy.sensitiveCategories().stream().sorted().map(k -> {
            long[] c = counts.getOrDefault(k, new long[2]);
            return new CategoryExposure(k, c[0], c[1], cap != null && c[0] >= cap);
        }).toList();
        return new MyExposure(rows, cap, policy.wellbeing().optOutCategories(), optedOut(policy, me));
    }

    /**
     * Sets the categories the signed-in member opts out of in the campaign (replacing the previous choice); only
     * categories the campaign allows. Their items are no longer handed to them, and an item they hold now that falls
     * in one goes back to the pool, without penalty.
     */
    @PermitAll
    @Transactional
    public Set<String> setMyOptOuts(CampaignId campaignId, Set<String> categoryKeys) {
        AssignmentPolicy policy = campaigns.lockAssignmentPolicyForMe(campaignId);
        Set<String> allowed = policy.wellbeing().optOutCategories();
        List<String> refused = categoryKeys.stream().filter(k -> !allowed.contains(k)).sorted().toList();
        if (!refused.isEmpty()) {
            throw new ValidationException("This campaign does not let annotators opt out of: "
                    + String.join(", ", refused) + ".");
        }
        UserId me = me();
        categories.replaceOptOuts(campaignId, me, categoryKeys);
        Instant now = now();
        store.activeLease(campaignId, me, now).filter(held -> categories.inAny(campaignId, held.itemId(),
                categoryKeys)).ifPresent(held -> giveBack(held, now));
        return Set.copyOf(categoryKeys);
    }

    /** The exposure controls' effect on the campaign, in aggregate. */
    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public WellbeingFigures wellbeing(CampaignId campaignId) {
        CampaignDetails details = campaigns.details(campaignId);
        var settings = details.settings();
        Instant now = now();
        Integer cap = settings.wellbeing().dailyCategoryCap();
        Map<String, long[]> aggregate = categories.aggregate(campaignId, details.memberIds(), startOfToday(now),
                startOfWeek(now), cap);
        List<CategoryAggregate> rows = new TreeSet<>(settings.sensitiveCategories()).stream().map(k -> {
            long[] c = aggregate.getOrDefault(k, new long[4]);
            return new CategoryAggregate(k, c[0], c[1], c[2], c[3]);
        }).toList();
        long members = details.memberIds().size();
        long[] regular = progress.regularItems(campaignId);
        long k = regular[1];
        Map<ItemId, Integer> blocked = categories.blockedMembers(campaignId, details.memberIds(),
                settings.wellbeing().optOutCategories());
        long short_ = 0;
        long outOfReach = 0;
        long unblocked = regular[0] - blocked.size();
        if (members < k) { // too few members for k at all: every unblocked item is short too
            short_ += unblocked;
            outOfReach += unblocked * (k - members);
        }
        for (int b : blocked.values()) {
            long eligible = Math.max(0, members - b);
            if (eligible < k) {
                short_++;
                outOfReach += k - eligible;
            }
        }
        return new WellbeingFigures(rows, cap, progress.returns(campaignId), short_, outOfReach);
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
        AssignmentPolicy policy = campaigns.assignmentPolicyForMe(campaignId);
        UserId me = me();
        return progress.mine(campaignId, me, startOfToday(clock.instant()), optedOut(policy, me));
    }

    /**
     * The sensitive categories a model judgment named for the signed-in annotator's own leased item: the content
     * notice of a campaign that takes its notices from model judgments. Refused for anybody else's lease and in every
     * other campaign (an annotator learns of model judgments only what such a notice says).
     */
    @PermitAll
    @Transactional(readOnly = true)
    public Set<String> modelNoticeCategories(AssignmentId assignmentId) {
        AssignmentRow a = own(assignmentId);
        AssignmentPolicy policy = campaigns.assignmentPolicyForMe(a.campaignId());
        if (policy.wellbeing().noticeSource() != NoticeSource.MODEL_JUDGMENTS) {
            throw new AccessDeniedException("campaign " + a.campaignId() + " takes no notices from model judgments");
        }
        Set<String> named = new TreeSet<>(categories.of(a.campaignId(), a.itemId(), ItemCategories.Source.MODEL));
        named.retainAll(policy.sensitiveCategories());
        return named;
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

    private List<ItemId> candidates(CampaignId campaignId, boolean gold, int fill, UserId me, int offset,
                                    Set<String> excluded) {
        List<ItemId> items = new ArrayList<>(store.candidates(campaignId, gold, fill, me, offset, false, excluded));
        if (items.size() < 2) {
            items.addAll(store.candidates(campaignId, gold, fill, me, offset, true, excluded));
        }
        return items;
    }

    /**
     * Whether the annotator's next request is answered with a gold item: one in each block of {@code period}
     * requests, at a place in the block drawn per annotator and block (seeded, so it stays put across retries), so
     * the rate holds while neither the position nor the spacing gives gold away.
     */
    private boolean goldTurn(AssignmentPolicy policy, CampaignId campaignId, UserId me) {
        if (policy.goldRatePercent() <= 0) {
            return false;
        }
        long period = Math.max(2, Math.round(100.0 / policy.goldRatePercent()));
        long done = store.finishedCount(campaignId, me);
        return done % period == ShuffleOrder.goldSlot(campaignId, me, done / period, period);
    }

    private void giveBack(AssignmentRow row, Instant now) {
        store.lockItem(row.campaignId(), row.itemId()).orElseThrow();
        AssignmentRow current = store.assignment(row.id()).orElseThrow();
        if (current.state() == AssignmentState.LEASED) {
            store.finish(row.id(), AssignmentState.LEASED, AssignmentState.RETURNED, now, null, null);
            store.addCounts(row.campaignId(), row.itemId(), 0, -1);
        } else if (current.state() == AssignmentState.EXPIRED) {
            store.finish(row.id(), AssignmentState.EXPIRED, AssignmentState.RETURNED, now, null, null);
        }
    }

    /** The member's opt-outs that the campaign still allows (a withdrawn permission ends them). */
    private Set<String> optedOut(AssignmentPolicy policy, UserId me) {
        Set<String> allowed = policy.wellbeing().optOutCategories();
        if (allowed.isEmpty()) {
            return Set.of();
        }
        Set<String> mine = new TreeSet<>(categories.optOuts(policy.campaignId(), me));
        mine.retainAll(allowed);
        return mine;
    }

    /** The sensitive categories of which the annotator was shown the daily cap today. */
    private Set<String> capReached(AssignmentPolicy policy, UserId me, Instant now) {
        Integer cap = policy.wellbeing().dailyCategoryCap();
        if (cap == null || policy.sensitiveCategories().isEmpty()) {
            return Set.of();
        }
        Set<String> capped = new TreeSet<>();
        categories.exposure(policy.campaignId(), me, startOfToday(now), startOfToday(now)).forEach((k, c) -> {
            if (policy.sensitiveCategories().contains(k) && c[0] >= cap) {
                capped.add(k);
            }
        });
        return capped;
    }

    private Optional<Instant> breakEnds(AssignmentPolicy policy, UserId me, Instant now) {
        Integer minutes = policy.wellbeing().enforcedBreakMinutes();
        if (minutes == null) {
            return Optional.empty();
        }
        Duration work = Duration.ofMinutes(minutes);
        Duration rest = Duration.ofMinutes(policy.wellbeing().breakLengthMinutes());
        return BreakSchedule.pauseUntil(store.events(policy.campaignId(), me, now.minus(work).minus(rest)), now,
                work, rest);
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

    /** Monday 00:00 of the current week (the exposure log's "this week"). */
    private static Instant startOfWeek(Instant now) {
        ZoneId zone = ZoneId.systemDefault();
        return LocalDate.ofInstant(now, zone).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .atStartOfDay(zone).toInstant();
    }
}
