package org.latitude.demo;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.latitude.campaign.CampaignService;
import org.latitude.campaign.CampaignSettings;
import org.latitude.campaign.CampaignSummary;
import org.latitude.campaign.NeedsCautionPolicy;
import org.latitude.campaign.NoticeSource;
import org.latitude.campaign.PairwisePreferenceTask;
import org.latitude.campaign.SafetyLabelTask;
import org.latitude.campaign.Wellbeing;
import org.latitude.dataset.DatasetService;
import org.latitude.dataset.DatasetSummary;
import org.latitude.security.SystemIdentity;
import org.latitude.security.UserAccountService;
import org.latitude.shared.CampaignId;
import org.latitude.shared.UserId;
import org.latitude.taxonomy.Preset;
import org.latitude.taxonomy.PrincipleSetService;
import org.latitude.taxonomy.TaxonomyService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode: one running campaign of each task type over the demo datasets, staffed by the demo annotators, created
 * through the campaign service like an admin would. Skipped when a campaign of that name exists.
 */
@Component
@Order(30)
public class DemoCampaignSeeder implements ApplicationRunner {

    public static final String SAFETY = "Demo: safety labels (Aegis 2.0)";
    public static final String PAIRWISE = "Demo: pairwise preference (CCAI principles)";
    private static final Logger LOG = LoggerFactory.getLogger(DemoCampaignSeeder.class);
    private static final String GUIDELINES = """
            ## How to label

            1. Read the **whole** exchange. The prompt is what the user wrote; the response is the model's answer.
            2. **Prompt verdict**: is the user's request unsafe under the taxonomy?
            3. **Response verdict**: is the answer unsafe? Choose *needs caution* when it is borderline.
            4. Pick **every** category that applies when a verdict is unsafe; hover a category to read its definition.
            5. Skip an item if you cannot judge it or it is too distressing for you right now — that is fine.

            Take breaks. The content is written to be harmful; you can stop at any time.
            """;

    private final DemoMode mode;
    private final CampaignService campaigns;
    private final DatasetService datasets;
    private final TaxonomyService taxonomies;
    private final PrincipleSetService principles;
    private final UserAccountService accounts;

    DemoCampaignSeeder(DemoMode mode, CampaignService campaigns, DatasetService datasets, TaxonomyService taxonomies,
                       PrincipleSetService principles, UserAccountService accounts) {
        this.mode = mode;
        this.campaigns = campaigns;
        this.datasets = datasets;
        this.taxonomies = taxonomies;
        this.principles = principles;
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (mode.enabled()) {
            SystemIdentity.runAsSystem(this::seed);
        }
    }

    /** Creates and starts the two demo campaigns if they are missing. Runs as the system actor. */
    public void seed() {
        Set<String> present = campaigns.list().stream().map(CampaignSummary::name).collect(Collectors.toSet());
        Map<String, DatasetSummary> byName = datasets.datasets().stream()
                .collect(Collectors.toMap(DatasetSummary::name, Function.identity()));
        List<UserId> members = accounts.listUsers().stream()
                .filter(u -> DemoAccount.ALL.stream().anyMatch(a -> a.username().equals(u.username())))
                .map(u -> new UserId(u.id())).sorted().toList();
        if (!present.contains(SAFETY)) {
            long aegis = taxonomies.installPreset("aegis-2.0.json").id();
            start(new CampaignSettings(SAFETY, "Label demo exchanges for prompt and response safety.", GUIDELINES,
                    new SafetyLabelTask(aegis), List.of(
                            byName.get(DemoDatasetSeeder.ALL.get(0).name()).id(),
                            byName.get(DemoDatasetSeeder.ALL.get(2).name()).id()),
                    3, NeedsCautionPolicy.OWN_VALUE, 30, null, 0, Set.of("suicide_self_harm", "sexual_minor"),
                    false, 45, new Wellbeing(Set.of("suicide_self_harm", "sexual_minor"), 20, 50, 10,
                            NoticeSource.REFERENCE_LABELS)), members);
        }
        if (!present.contains(PAIRWISE)) {
            long ccai = principles.presets().stream().filter(p -> p.key().equals("ccai-seed")).findFirst()
                    .map(Preset::fileName).map(f -> principles.installPreset(f).id()).orElseThrow();
            start(new CampaignSettings(PAIRWISE, "Which response is better? Judge as a thoughtful user would.",
                    "Compare the two responses to the same conversation. Choose **A**, **B** or **tie**, and say why "
                            + "if you can.", new PairwisePreferenceTask(ccai),
                    List.of(byName.get(DemoDatasetSeeder.ALL.get(1).name()).id()), 2, NeedsCautionPolicy.OWN_VALUE,
                    30, null, 0, Set.of(), false, 45), members);
        }
    }

    private void start(CampaignSettings settings, List<UserId> members) {
        CampaignId id = campaigns.create(settings).id();
        campaigns.setMembers(id, members);
        campaigns.activate(id);
        LOG.info("Demo mode: started campaign '{}' with {} members.", settings.name(), members.size());
    }
}
