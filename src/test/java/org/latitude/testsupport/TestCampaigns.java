package org.latitude.testsupport;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.latitude.campaign.CampaignService;
import org.latitude.campaign.CampaignSettings;
import org.latitude.campaign.CampaignTask;
import org.latitude.campaign.NeedsCautionPolicy;
import org.latitude.campaign.PairwisePreferenceTask;
import org.latitude.campaign.SafetyLabelTask;
import org.latitude.campaign.TaskType;
import org.latitude.dataset.DatasetService;
import org.latitude.dataset.ImportFormat;
import org.latitude.dataset.ImportListener;
import org.latitude.dataset.ImportReport;
import org.latitude.dataset.ImportRequest;
import org.latitude.dataset.ImportSource;
import org.latitude.security.SystemIdentity;
import org.latitude.shared.CampaignId;
import org.latitude.shared.UserId;
import org.latitude.taxonomy.PrincipleSetService;
import org.latitude.taxonomy.TaxonomyService;
import org.springframework.stereotype.Component;

/**
 * Builds datasets and campaigns for tests through the same services an admin uses (as the system actor). A bean of
 * the test classpath: inject it ({@code @Autowired TestCampaigns}) or take it from a separate application.
 */
@Component
public class TestCampaigns {

    private final DatasetService datasets;
    private final CampaignService campaigns;
    private final TaxonomyService taxonomies;
    private final PrincipleSetService principles;

    public TestCampaigns(DatasetService datasets, CampaignService campaigns, TaxonomyService taxonomies,
                         PrincipleSetService principles) {
        this.datasets = datasets;
        this.campaigns = campaigns;
        this.taxonomies = taxonomies;
        this.principles = principles;
    }

    /** A dataset of {@code n} generated exchanges (or pairs) with external ids {@code x-0 … x-(n-1)}. */
    public long dataset(int n, boolean pairs) {
        StringBuilder jsonl = new StringBuilder();
        for (int i = 0; i < n; i++) {
            jsonl.append(pairs
                    ? "{\"id\":\"x-%d\",\"prompt\":\"Question %d?\",\"response_a\":\"Answer A %d.\",\"response_b\":\"Answer B %d.\"}\n"
                    .formatted(i, i, i, i)
                    : "{\"id\":\"x-%d\",\"prompt\":\"Question %d?\",\"response\":\"Answer %d.\"}\n".formatted(i, i, i));
        }
        ImportReport report = SystemIdentity.callAsSystem(() -> datasets.importFile(
                ImportSource.of(jsonl.toString().getBytes(StandardCharsets.UTF_8)),
                new ImportRequest(TestUsers.uniqueName("dataset"), ImportFormat.GENERIC_JSONL, "generated.jsonl"),
                ImportListener.NONE));
        if (!report.imported()) {
            throw new IllegalStateException("test dataset not imported: " + report.problems());
        }
        return report.datasetId();
    }

    /**
     * An Aegis 2.0 dataset of {@code n} exchanges whose reference labels name {@code categoryOf.apply(i)} (an Aegis
     * category name such as "Violence"; null for a safe item). Installs the Aegis 2.0 preset first so names resolve.
     */
    public long aegisDataset(int n, java.util.function.IntFunction<String> categoryOf) {
        StringBuilder jsonl = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String category = categoryOf.apply(i);
            jsonl.append(category == null
                    ? "{\"id\":\"a-%d\",\"prompt\":\"Question %d?\",\"response\":\"Answer %d.\",\"prompt_label\":\"safe\"}\n"
                    .formatted(i, i, i)
                    : "{\"id\":\"a-%d\",\"prompt\":\"Question %d?\",\"response\":\"Answer %d.\",\"prompt_label\":\"unsafe\",\"violated_categories\":\"%s\"}\n"
                    .formatted(i, i, i, category));
        }
        ImportReport report = SystemIdentity.callAsSystem(() -> {
            taxonomies.installPreset("aegis-2.0.json");
            return datasets.importFile(ImportSource.of(jsonl.toString().getBytes(StandardCharsets.UTF_8)),
                    new ImportRequest(TestUsers.uniqueName("aegis"), ImportFormat.AEGIS_JSONL, "generated.jsonl"),
                    ImportListener.NONE);
        });
        if (!report.imported()) {
            throw new IllegalStateException("test dataset not imported: " + report.problems());
        }
        return report.datasetId();
    }

    /**
     * A started safety-label campaign with exposure controls over a fresh Aegis dataset of {@code items} exchanges:
     * item i is Violence when i % 3 == 0, Sexual when 1, safe when 2.
     */
    public CampaignId exposureCampaign(int items, int overlap, Set<String> sensitive,
                                       org.latitude.campaign.Wellbeing wellbeing, Collection<Long> members) {
        long dataset = aegisDataset(items, i -> switch (i % 3) {
            case 0 -> "Violence";
            case 1 -> "Sexual";
            default -> null;
        });
        CampaignSettings s = settings(TaskType.SAFETY_LABEL, dataset, overlap);
        return activeCampaign(new CampaignSettings(s.name(), "", "", s.task(), s.datasetIds(), overlap,
                s.needsCautionPolicy(), 30, null, 0, sensitive, false, null, wellbeing), members);
    }

    /** Settings of a task of this type over one dataset, with the bundled Aegis 2.0 taxonomy or CCAI principles. */
    public CampaignSettings settings(TaskType type, long datasetId, int overlap) {
        return SystemIdentity.callAsSystem(() -> {
            CampaignTask task = switch (type) {
                case SAFETY_LABEL -> new SafetyLabelTask(taxonomies.installPreset("aegis-2.0.json").id());
                case PAIRWISE_PREFERENCE -> new PairwisePreferenceTask(principles.installPreset("ccai-seed.json").id());
            };
            return new CampaignSettings(TestUsers.uniqueName("campaign"), "a test campaign", "# Guidelines\nBe kind.",
                    task, List.of(datasetId), overlap, NeedsCautionPolicy.OWN_VALUE, 30, null, 0, Set.of(), false, 60);
        });
    }

    /** A started campaign over a fresh dataset of {@code items} items with these members (user ids). */
    public CampaignId activeCampaign(TaskType task, int items, int overlap, Collection<Long> members) {
        return activeCampaign(settings(task, dataset(items, task == TaskType.PAIRWISE_PREFERENCE), overlap), members);
    }

    public CampaignId activeCampaign(CampaignSettings settings, Collection<Long> members) {
        return SystemIdentity.callAsSystem(() -> {
            CampaignId id = campaigns.create(settings).id();
            campaigns.setMembers(id, members.stream().map(UserId::new).toList());
            campaigns.activate(id);
            return id;
        });
    }
}
