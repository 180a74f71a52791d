package org.latitude.demo;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.latitude.annotation.Answer;
import org.latitude.annotation.AnnotationService;
import org.latitude.annotation.Preference;
import org.latitude.annotation.WorkItem;
import org.latitude.annotation.WorkStep;
import org.latitude.campaign.CampaignService;
import org.latitude.campaign.CampaignSettings;
import org.latitude.campaign.CampaignStatus;
import org.latitude.campaign.CampaignSummary;
import org.latitude.campaign.NeedsCautionPolicy;
import org.latitude.campaign.PairwisePreferenceTask;
import org.latitude.campaign.SafetyLabelTask;
import org.latitude.campaign.TaskType;
import org.latitude.dataset.DatasetService;
import org.latitude.dataset.DatasetSummary;
import org.latitude.dataset.ImportSource;
import org.latitude.dataset.ItemCatalog;
import org.latitude.dataset.ReferenceLabel;
import org.latitude.judge.JudgmentImportReport;
import org.latitude.judge.JudgmentImportRequest;
import org.latitude.judge.JudgmentImports;
import org.latitude.security.NewUser;
import org.latitude.security.Role;
import org.latitude.security.SystemIdentity;
import org.latitude.security.UserAccountService;
import org.latitude.security.UserSummary;
import org.latitude.shared.CampaignId;
import org.latitude.shared.ItemId;
import org.latitude.shared.UserId;
import org.latitude.taxonomy.Preset;
import org.latitude.taxonomy.PrincipleSetService;
import org.latitude.taxonomy.TaxonomyService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Demo mode: one finished campaign of each task type, so a fresh demo shows a full analysis and downloads at once.
 * The three demo annotators and three simulated ones ({@link AnnotatorProfile}) annotate every item k = 3 times
 * through the annotation service, each signed in as themselves and taking items in turn as the assignment engine
 * hands them out; the demo model raters' files are imported; then the campaign is closed. Resumable and idempotent:
 * a campaign already closed is left alone, an unfinished one (an interrupted start) is completed.
 */
@Component
@Order(50)
public class DemoFinishedCampaignSeeder implements ApplicationRunner {

    public static final String SAFETY = "Demo: finished safety labels (Aegis 2.0)";
    public static final String PAIRWISE = "Demo: finished pairwise preference (CCAI principles)";
    public static final int OVERLAP = 3;
    private static final Logger LOG = LoggerFactory.getLogger(DemoFinishedCampaignSeeder.class);

    private final DemoMode mode;
    private final CampaignService campaigns;
    private final DatasetService datasets;
    private final ItemCatalog items;
    private final TaxonomyService taxonomies;
    private final PrincipleSetService principles;
    private final UserAccountService accounts;
    private final AnnotationService annotations;
    private final JudgmentImports judgments;
    private final UserDetailsService users;

    DemoFinishedCampaignSeeder(DemoMode mode, CampaignService campaigns, DatasetService datasets, ItemCatalog items,
                               TaxonomyService taxonomies, PrincipleSetService principles,
                               UserAccountService accounts, AnnotationService annotations,
                               JudgmentImports judgments, UserDetailsService users) {
        this.mode = mode;
        this.campaigns = campaigns;
        this.datasets = datasets;
        this.items = items;
        this.taxonomies = taxonomies;
        this.principles = principles;
        this.accounts = accounts;
        this.annotations = annotations;
        this.judgments = judgments;
        this.users = users;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (mode.enabled()) {
            SystemIdentity.runAsSystem(this::seed);
        }
    }

    /** Creates, annotates, judges and closes whichever finished demo campaign is missing. Runs as the system actor. */
    public void seed() {
        for (AnnotatorProfile p : AnnotatorProfile.ALL) {
            if (p.simulated()) {
                // nobody signs in as a simulated annotator: the password is random and never shown
                byte[] secret = new byte[24];
                new SecureRandom().nextBytes(secret);
                accounts.createInitialUser(new NewUser(p.username(), p.displayName(), Set.of(Role.ANNOTATOR),
                        "Sim-" + HexFormat.of().formatHex(secret)), false);
            }
        }
        Map<String, UserSummary> byName = accounts.listUsers().stream()
                .collect(Collectors.toMap(UserSummary::username, Function.identity()));
        List<UserId> members = AnnotatorProfile.ALL.stream().map(p -> new UserId(byName.get(p.username()).id()))
                .sorted().toList();
        Map<String, DatasetSummary> data = datasets.datasets().stream()
                .collect(Collectors.toMap(DatasetSummary::name, Function.identity(), (a, b) -> a));
        List<Long> exchanges = List.of(data.get(DemoDatasetSeeder.ALL.get(0).name()).id(),
                data.get(DemoDatasetSeeder.ALL.get(2).name()).id());
        List<Long> pairs = List.of(data.get(DemoDatasetSeeder.ALL.get(1).name()).id());
        finish(SAFETY, DemoCampaignSeeder.SAFETY, () -> new CampaignSettings(SAFETY,
                "A finished campaign over the demo exchanges: three demo and three simulated annotators, two model "
                        + "guards. Open its analysis and downloads.", "Label each exchange as in the running "
                        + "demo campaign.", new SafetyLabelTask(taxonomies.installPreset("aegis-2.0.json").id()),
                exchanges, OVERLAP, NeedsCautionPolicy.OWN_VALUE, 30, null, 0, Set.of(), false, 45), members,
                safetyReferences(exchanges));
        finish(PAIRWISE, DemoCampaignSeeder.PAIRWISE, () -> new CampaignSettings(PAIRWISE,
                "A finished pairwise campaign over the demo pairs with a two-order judge and principle-specific "
                        + "judgments: the alignment-discretion analysis has everything it needs.",
                "Choose the better response, or tie.", new PairwisePreferenceTask(principles.presets().stream()
                .filter(p -> p.key().equals("ccai-seed")).findFirst().map(Preset::fileName)
                .map(f -> principles.installPreset(f).id()).orElseThrow()), pairs, OVERLAP,
                NeedsCautionPolicy.OWN_VALUE, 30, null, 0, Set.of(), false, 45), members, Map.of());
    }

    private void finish(String name, String judgedLike, Supplier<CampaignSettings> settings, List<UserId> members,
                        Map<String, AnnotatorProfile.Reference> references) {
        Optional<CampaignSummary> existing = campaigns.list().stream().filter(c -> c.name().equals(name)).findFirst();
        if (existing.isPresent() && existing.get().status() == CampaignStatus.CLOSED) {
            return;
        }
        CampaignId id;
        TaskType task;
        if (existing.isPresent()) {
            id = existing.get().id();
            task = existing.get().taskType();
        } else {
            CampaignSettings s = settings.get();
            id = campaigns.create(s).id();
            task = s.task().type();
            campaigns.setMembers(id, members);
        }
        if (campaigns.details(id).summary().status() != CampaignStatus.ACTIVE) {
            campaigns.activate(id);
        }
        int stored = annotate(id, task, references);
        for (DemoJudgmentSeeder.DemoJudgments demo : DemoJudgmentSeeder.ALL) {
            if (!demo.campaign().equals(judgedLike)) {
                continue;
            }
            String path = "seed-data/judgments/" + demo.file();
            JudgmentImportReport report = judgments.importFile(ImportSource.of(DemoDatasetSeeder.bundled(path)),
                    new JudgmentImportRequest(id, demo.format(), demo.rater(), path, false));
            if (!report.stored()) {
                throw new IllegalStateException("Demo judgments " + path + " were refused: " + report.text());
            }
        }
        campaigns.close(id);
        LOG.info("Demo mode: finished campaign '{}' with {} new annotations by {} annotators.", name, stored,
                members.size());
    }

    /** Every annotator takes one item in turn until none is handed out; returns the annotations stored. */
    private int annotate(CampaignId campaign, TaskType task, Map<String, AnnotatorProfile.Reference> references) {
        Map<AnnotatorProfile, WorkStep> steps = new LinkedHashMap<>();
        for (AnnotatorProfile p : AnnotatorProfile.ALL) {
            steps.put(p, as(p, () -> annotations.open(campaign).step()));
        }
        int stored = 0;
        boolean any = true;
        while (any) {
            any = false;
            for (Map.Entry<AnnotatorProfile, WorkStep> e : steps.entrySet()) {
                if (!(e.getValue() instanceof WorkStep.Assigned assigned)) {
                    continue;
                }
                AnnotatorProfile p = e.getKey();
                WorkItem work = assigned.item();
                String itemId = work.item().externalId();
                Answer answer = task == TaskType.SAFETY_LABEL
                        ? p.label(itemId, references.getOrDefault(itemId, AnnotatorProfile.referenceExchange(itemId,
                        work.item().response().isPresent())))
                        : p.prefer(itemId, AnnotatorProfile.referencePreference(itemId),
                        work.shownOrder() != null && work.shownOrder().swapsSides());
                e.setValue(as(p, () -> annotations.submit(work.assignmentId(), answer, p.timeSpentMs(itemId))));
                stored++;
                any = true;
            }
        }
        return stored;
    }

    /** The Aegis reference labels of the exchanges, by external id (items without them are simulated by id). */
    private Map<String, AnnotatorProfile.Reference> safetyReferences(List<Long> datasetIds) {
        Map<String, AnnotatorProfile.Reference> references = new HashMap<>();
        for (long dataset : datasetIds) {
            List<ItemId> ids = items.itemIds(dataset);
            Map<ItemId, String> external = items.externalIds(ids);
            for (ItemId item : ids) {
                List<ReferenceLabel> labels = items.referenceLabels(item);
                if (labels.isEmpty()) {
                    continue;
                }
                boolean prompt = labels.stream().anyMatch(l -> l.field().equals("prompt_label")
                        && l.value().equals("unsafe"));
                Optional<ReferenceLabel> response = labels.stream().filter(l -> l.field().equals("response_label"))
                        .findFirst();
                List<String> categories = new ArrayList<>(labels.stream().filter(l -> l.field().equals("category"))
                        .map(ReferenceLabel::value).distinct().toList());
                boolean hasResponse = items.item(item).response().isPresent();
                Boolean responseUnsafe = !hasResponse ? null : response.map(l -> l.value().equals("unsafe"))
                        .orElse(false);
                references.put(external.get(item), new AnnotatorProfile.Reference(prompt, responseUnsafe,
                        categories));
            }
        }
        return references;
    }

    /** Runs {@code work} signed in as the annotator (as the login would), then returns to the system actor. */
    private <T> T as(AnnotatorProfile annotator, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        UserDetails details = users.loadUserByUsername(annotator.username());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(details, null,
                details.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
