package org.latitude.campaign;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.latitude.audit.AuditLog;
import org.latitude.campaign.internal.Campaign;
import org.latitude.campaign.internal.CampaignRepository;
import org.latitude.campaign.internal.GoldRepository;
import org.latitude.campaign.internal.GoldRow;
import org.latitude.security.CurrentUser;
import org.latitude.security.Role;
import org.latitude.security.UserAccountService;
import org.latitude.security.UserSummary;
import org.latitude.shared.CampaignId;
import org.latitude.shared.FieldProblem;
import org.latitude.shared.ItemId;
import org.latitude.shared.UserId;
import org.latitude.shared.ValidationException;
import org.latitude.taxonomy.PrincipleSetService;
import org.latitude.taxonomy.TaxonomyService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Campaigns: settings, lifecycle {@code DRAFT → ACTIVE ⇄ PAUSED → CLOSED}, members and gold items. The first
 * activation freezes what defines the work (task type, taxonomy version or principle set, datasets), marks those
 * versions immutable and publishes {@link CampaignActivated}, from which the assignment module builds the item pool
 * in the same transaction.
 */
@Service
public class CampaignService {

    private final CampaignRepository campaigns;
    private final GoldRepository gold;
    private final TaxonomyService taxonomies;
    private final PrincipleSetService principles;
    private final CampaignDatasets datasets;
    private final AssignmentPolicies policies;
    private final UserAccountService accounts;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CampaignService(CampaignRepository campaigns, GoldRepository gold, TaxonomyService taxonomies,
                    PrincipleSetService principles, CampaignDatasets datasets, AssignmentPolicies policies,
                    UserAccountService accounts,
                    CurrentUser currentUser, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.campaigns = campaigns;
        this.gold = gold;
        this.taxonomies = taxonomies;
        this.principles = principles;
        this.datasets = datasets;
        this.policies = policies;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public List<CampaignSummary> list() {
        return campaigns.findAllByOrderByIdDesc().stream().map(Campaign::toSummary).toList();
    }

    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public CampaignDetails details(CampaignId id) {
        return load(id).toDetails((int) gold.countByCampaignId(id.value()));
    }

    @RolesAllowed("ADMIN")
    @Transactional
    public CampaignDetails create(CampaignSettings settings) {
        requireValid(settings);
        Campaign campaign = campaigns.save(new Campaign(settings, clock.instant(), currentUser.actorName()));
        audit.record("campaign.create", campaign.getId() + " " + settings.name(), settings.task().type().name());
        return campaign.toDetails(0);
    }

    @RolesAllowed("ADMIN")
    @Transactional
    public CampaignDetails update(CampaignId id, CampaignSettings settings) {
        Campaign campaign = campaigns.findForUpdate(id.value()).orElseThrow(() -> noSuch(id));
        if (campaign.getStatus() == CampaignStatus.CLOSED) {
            throw new ValidationException("A closed campaign cannot change.");
        }
        requireValid(settings);
        CampaignSettings before = campaign.settings();
        if (campaign.getStatus().started()) {
            List<FieldProblem> frozen = CampaignRules.frozenChanges(before, settings);
            if (!frozen.isEmpty()) {
                throw ValidationException.of(frozen);
            }
        }
        campaign.apply(settings);
        if (campaign.wasActivated() && settings.overlap() > before.overlap()) {
            events.publishEvent(new CampaignOverlapChanged(id, settings.overlap()));
        }
        String changes = SettingsChanges.describe(before, settings, names());
        audit.record("campaign.update", id + " " + settings.name(), changes.isEmpty() ? "no change" : changes);
        return campaign.toDetails((int) gold.countByCampaignId(id.value()));
    }

    /** Starts a draft (building its item pool) or resumes a paused campaign. */
    @RolesAllowed("ADMIN")
    @Transactional
    public CampaignSummary activate(CampaignId id) {
        Campaign campaign = campaigns.findForUpdate(id.value()).orElseThrow(() -> noSuch(id));
        requireTransition(campaign, CampaignStatus.ACTIVE);
        if (!campaign.wasActivated()) {
            CampaignSettings s = campaign.settings();
            List<FieldProblem> problems = new ArrayList<>(CampaignRules.activationProblems(s));
            datasets.activationProblems(s.task(), s.datasetIds())
                    .forEach(p -> problems.add(FieldProblem.of("datasetIds", p)));
            if (!problems.isEmpty()) {
                throw ValidationException.of(problems);
            }
            switch (s.task()) {
                case SafetyLabelTask t -> taxonomies.markInUse(t.taxonomyVersionId());
                case PairwisePreferenceTask t -> principles.markInUse(t.principleSetId());
            }
            datasets.markInUse(s.datasetIds());
            Set<ItemId> goldIds = gold.findByCampaignIdOrderByItemId(id.value()).stream()
                    .map(g -> new ItemId(g.itemId())).collect(Collectors.toCollection(TreeSet::new));
            campaign.moveTo(CampaignStatus.ACTIVE, clock.instant());
            events.publishEvent(new CampaignActivated(id, s.datasetIds(), s.overlap(), goldIds,
                    s.task() instanceof SafetyLabelTask t ? t.taxonomyVersionId() : null));
            audit.record("campaign.activate", id + " " + s.name(), null);
        } else {
            campaign.moveTo(CampaignStatus.ACTIVE, clock.instant());
            audit.record("campaign.resume", id + " " + campaign.settings().name(), null);
        }
        return campaign.toSummary();
    }

    @RolesAllowed("ADMIN")
    @Transactional
    public CampaignSummary pause(CampaignId id) {
        return transition(id, CampaignStatus.PAUSED, "campaign.pause");
    }

    @RolesAllowed("ADMIN")
    @Transactional
    public CampaignSummary close(CampaignId id) {
        return transition(id, CampaignStatus.CLOSED, "campaign.close");
    }

    /** Replaces the member list; members must be enabled users with the ANNOTATOR role. */
    @RolesAllowed("ADMIN")
    @Transactional
    public CampaignDetails setMembers(CampaignId id, Collection<UserId> userIds) {
        Campaign campaign = campaigns.findForUpdate(id.value()).orElseThrow(() -> noSuch(id));
        if (campaign.getStatus() == CampaignStatus.CLOSED) {
            throw new ValidationException("A closed campaign's members cannot change.");
        }
        Map<Long, UserSummary> users = accounts.listUsers().stream()
                .collect(Collectors.toMap(UserSummary::id, Function.identity()));
        List<String> problems = new ArrayList<>();
        for (UserId userId : userIds) {
            UserSummary user = users.get(userId.value());
            if (user == null) {
                problems.add("No user " + userId + ".");
            } else if (!user.roles().contains(Role.ANNOTATOR)) {
                problems.add(user.username() + " does not have the ANNOTATOR role.");
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        Set<Long> before = new TreeSet<>(campaign.getMemberIds());
        campaign.getMemberIds().clear();
        userIds.forEach(u -> campaign.getMemberIds().add(u.value()));
        audit.record("campaign.members", id + " " + campaign.settings().name(), memberChanges(before,
                new TreeSet<>(campaign.getMemberIds()), users));
        return campaign.toDetails((int) gold.countByCampaignId(id.value()));
    }

    /** Sets the gold items with their answers; only while the campaign is a draft (the pool is built at start). */
    @RolesAllowed("ADMIN")
    @Transactional
    public void setGoldItems(CampaignId id, List<GoldItem> items) {
        Campaign campaign = campaigns.findForUpdate(id.value()).orElseThrow(() -> noSuch(id));
        if (campaign.getStatus() != CampaignStatus.DRAFT) {
            throw new ValidationException("Gold items can only be set while the campaign is a draft.");
        }
        List<String> problems = new ArrayList<>(datasets.goldProblems(campaign.settings().datasetIds(),
                items.stream().map(GoldItem::itemId).toList()));
        items.stream().filter(g -> g.answer() != null && g.answer().length() > 4000)
                .forEach(g -> problems.add("Gold item " + g.itemId() + ": the answer is longer than 4,000 characters."));
        items.forEach(g -> problems.addAll(GoldAnswers.problems(campaign.settings().task(), g)));
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        gold.deleteByCampaign(id.value());
        gold.flush();
        items.forEach(g -> gold.save(new GoldRow(id.value(), g.itemId().value(), g.answer())));
        audit.record("campaign.gold", id + " " + campaign.settings().name(), items.size() + " gold items");
    }

    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public List<GoldItem> goldItems(CampaignId id) {
        return gold.findByCampaignIdOrderByItemId(id.value()).stream()
                .map(g -> new GoldItem(new ItemId(g.itemId()), g.answer())).toList();
    }

    /** The signed-in user's active or paused campaigns. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<AnnotatorCampaign> myCampaigns() {
        long me = currentUser.require().userId();
        return campaigns.findByMember(me).stream()
                .filter(c -> c.getStatus() == CampaignStatus.ACTIVE || c.getStatus() == CampaignStatus.PAUSED)
                .map(CampaignService::forAnnotator).toList();
    }

    /** The campaign as its member sees it; refused to anyone who is not a member. */
    @PermitAll
    @Transactional(readOnly = true)
    public AnnotatorCampaign forMember(CampaignId id) {
        Campaign campaign = campaigns.findById(id.value()).orElseThrow(() -> new AccessDeniedException("not a member"));
        if (!campaign.getMemberIds().contains(currentUser.require().userId())) {
            throw new AccessDeniedException("not a member of campaign " + id);
        }
        return forAnnotator(campaign);
    }

    /**
     * How items are handed out to the signed-in member; refused to anyone who is not a member. One indexed query:
     * it runs on every "next" and every submit.
     */
    @PermitAll
    @Transactional(readOnly = true)
    public AssignmentPolicy assignmentPolicyForMe(CampaignId id) {
        return policies.forMember(id, new UserId(currentUser.require().userId()))
                .orElseThrow(() -> new AccessDeniedException("not a member of campaign " + id));
    }

    /**
     * As {@link #assignmentPolicyForMe}, and locks the signed-in member's membership row until the caller's
     * transaction ends: the assignment module serialises one annotator's hand-outs with it (caps, one lease at a time).
     */
    @PermitAll
    @Transactional
    public AssignmentPolicy lockAssignmentPolicyForMe(CampaignId id) {
        UserId me = new UserId(currentUser.require().userId());
        if (!policies.lockMember(id, me)) {
            throw new AccessDeniedException("not a member of campaign " + id);
        }
        return policies.forMember(id, me).orElseThrow(() -> new AccessDeniedException("not a member of campaign " + id));
    }

    private static AnnotatorCampaign forAnnotator(Campaign c) {
        CampaignSettings s = c.settings();
        return new AnnotatorCampaign(c.getId(), s.name(), s.description(), s.guidelines(), s.task(), c.getStatus(),
                s.dailyQuota(), s.sensitiveCategories(), s.blurResponses(), s.breakReminderMinutes(), s.wellbeing());
    }

    private CampaignSummary transition(CampaignId id, CampaignStatus next, String action) {
        Campaign campaign = campaigns.findForUpdate(id.value()).orElseThrow(() -> noSuch(id));
        requireTransition(campaign, next);
        campaign.moveTo(next, clock.instant());
        audit.record(action, id + " " + campaign.settings().name(), null);
        return campaign.toSummary();
    }

    private SettingsChanges.Names names() {
        return new SettingsChanges.Names(
                v -> taxonomies.versions().stream().filter(t -> t.versionId() == v).findFirst()
                        .map(t -> t.displayName()).orElse("#" + v),
                p -> principles.sets().stream().filter(x -> x.id() == p).findFirst()
                        .map(x -> x.displayName()).orElse("#" + p),
                datasets::name);
    }

    /** "added: alice; removed: bob; now 3 members: alice, carol, dan", by username. */
    private static String memberChanges(Set<Long> before, Set<Long> after, Map<Long, UserSummary> users) {
        Function<Collection<Long>, String> named = ids -> ids.stream()
                .map(u -> users.containsKey(u) ? users.get(u).username() : "#" + u).sorted()
                .collect(Collectors.joining(", "));
        List<Long> added = after.stream().filter(u -> !before.contains(u)).toList();
        List<Long> removed = before.stream().filter(u -> !after.contains(u)).toList();
        List<String> parts = new ArrayList<>();
        if (!added.isEmpty()) {
            parts.add("added: " + named.apply(added));
        }
        if (!removed.isEmpty()) {
            parts.add("removed: " + named.apply(removed));
        }
        parts.add("now " + after.size() + (after.size() == 1 ? " member" : " members")
                + (after.isEmpty() ? "" : ": " + named.apply(after)));
        return String.join("; ", parts);
    }

    private void requireValid(CampaignSettings settings) {
        List<FieldProblem> problems = new ArrayList<>(CampaignRules.problems(settings));
        if (settings.task() instanceof SafetyLabelTask t && t.taxonomyVersionId() != null) {
            try {
                Set<String> keys = taxonomies.details(t.taxonomyVersionId()).categories().stream()
                        .map(c -> c.key()).collect(Collectors.toSet());
                settings.sensitiveCategories().stream().filter(k -> !keys.contains(k)).sorted().forEach(k ->
                        problems.add(FieldProblem.of("sensitiveCategories", "The sensitive category '" + k
                                + "' is not in the chosen taxonomy version.")));
                settings.wellbeing().optOutCategories().stream().filter(k -> !keys.contains(k)).sorted().forEach(k ->
                        problems.add(FieldProblem.of(CampaignRules.OPT_OUTS, "The opt-out category '" + k
                                + "' is not in the chosen taxonomy version.")));
            } catch (ValidationException e) {
                problems.add(FieldProblem.of(CampaignRules.TAXONOMY, "The taxonomy version "
                        + t.taxonomyVersionId() + " does not exist."));
            }
        }
        if (settings.task() instanceof PairwisePreferenceTask t && t.principleSetId() != null) {
            try {
                principles.details(t.principleSetId());
            } catch (ValidationException e) {
                problems.add(FieldProblem.of(CampaignRules.PRINCIPLES, "The principle set " + t.principleSetId()
                        + " does not exist."));
            }
        }
        datasets.existenceProblems(settings.datasetIds()).forEach(p -> problems.add(FieldProblem.of("datasetIds", p)));
        if (!problems.isEmpty()) {
            throw ValidationException.of(problems);
        }
    }

    private static void requireTransition(Campaign campaign, CampaignStatus next) {
        if (!campaign.getStatus().canBecome(next)) {
            throw new ValidationException("A " + campaign.getStatus().name().toLowerCase() + " campaign cannot become "
                    + next.name().toLowerCase() + ".");
        }
    }

    private Campaign load(CampaignId id) {
        return campaigns.findById(id.value()).orElseThrow(() -> noSuch(id));
    }

    private static ValidationException noSuch(CampaignId id) {
        return new ValidationException("No campaign " + id + ".");
    }
}
