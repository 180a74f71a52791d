package org.latitude.testsupport;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.latitude.campaign.CampaignSettings;
import org.latitude.campaign.TaskType;
import org.latitude.dataset.DatasetService;
import org.latitude.dataset.ImportFormat;
import org.latitude.dataset.ImportListener;
import org.latitude.dataset.ImportReport;
import org.latitude.dataset.ImportRequest;
import org.latitude.dataset.ImportSource;
import org.latitude.security.SystemIdentity;
import org.latitude.shared.CampaignId;
import org.springframework.stereotype.Component;

/**
 * Campaigns for the annotation workspace's tests, built through the real services: over generated items (see
 * {@link TestCampaigns}) or over a dataset given as file content (hostile items, Aegis rows with reference labels),
 * with the wellbeing settings a test needs.
 */
@Component
public class AnnotationFixtures {

    private final DatasetService datasets;
    private final TestCampaigns campaigns;

    public AnnotationFixtures(DatasetService datasets, TestCampaigns campaigns) {
        this.datasets = datasets;
        this.campaigns = campaigns;
    }

    public TestCampaigns campaigns() {
        return campaigns;
    }

    /** Imports {@code content} as a new dataset in {@code format}; fails the test when the import is refused. */
    public long dataset(String content, ImportFormat format) {
        ImportReport report = SystemIdentity.callAsSystem(() -> datasets.importFile(
                ImportSource.of(content.getBytes(StandardCharsets.UTF_8)),
                new ImportRequest(TestUsers.uniqueName("dataset"), format, "fixture"), ImportListener.NONE));
        if (!report.imported()) {
            throw new IllegalStateException("fixture dataset not imported: " + report.problems());
        }
        return report.datasetId();
    }

    /** An active campaign (k = 1) over a dataset, with optional sensitive categories, blur and daily quota. */
    public CampaignId campaign(TaskType task, long datasetId, Collection<Long> members, Set<String> sensitive,
                               boolean blur, Integer dailyQuota) {
        CampaignSettings base = campaigns.settings(task, datasetId, 1);
        CampaignSettings settings = new CampaignSettings(base.name(), base.description(),
                "# Guidelines\n\nLabel **carefully**. <script>alert('guidelines')</script> [bad](javascript:alert(1))",
                base.task(), List.of(datasetId), 1,
                base.needsCautionPolicy(), base.leaseMinutes(), dailyQuota, 0, sensitive, blur,
                base.breakReminderMinutes());
        return campaigns.activeCampaign(settings, members);
    }

    /** An active campaign (k = 1) over {@code n} generated items. */
    public CampaignId campaign(TaskType task, int n, Collection<Long> members) {
        return campaign(task, campaigns.dataset(n, task == TaskType.PAIRWISE_PREFERENCE), members, Set.of(), false,
                null);
    }
}
