package org.latitude.campaign.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.latitude.campaign.CampaignDetails;
import org.latitude.campaign.CampaignSettings;
import org.latitude.campaign.CampaignStatus;
import org.latitude.campaign.CampaignSummary;
import org.latitude.campaign.CampaignTask;
import org.latitude.campaign.NeedsCautionPolicy;
import org.latitude.campaign.NoticeSource;
import org.latitude.campaign.PairwisePreferenceTask;
import org.latitude.campaign.SafetyLabelTask;
import org.latitude.campaign.TaskType;
import org.latitude.campaign.Wellbeing;
import org.latitude.shared.CampaignId;
import org.latitude.shared.UserId;

@Entity
@Table(name = "campaign")
public class Campaign {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;
    @Column(length = 4000)
    private String description;
    @Column(length = 200000)
    private String guidelines;
    @Enumerated(EnumType.STRING)
    @Column(name = "task_type", nullable = false, length = 32)
    private TaskType taskType;
    @Column(name = "taxonomy_version_id")
    private Long taxonomyVersionId;
    @Column(name = "principle_set_id")
    private Long principleSetId;
    @Column(nullable = false)
    private int overlap;
    @Enumerated(EnumType.STRING)
    @Column(name = "needs_caution_policy", nullable = false, length = 16)
    private NeedsCautionPolicy needsCautionPolicy;
    @Column(name = "lease_minutes", nullable = false)
    private int leaseMinutes;
    @Column(name = "daily_quota")
    private Integer dailyQuota;
    @Column(name = "gold_rate_percent", nullable = false)
    private int goldRatePercent;
    @Column(name = "sensitive_categories", length = 4000)
    private String sensitiveCategories;
    @Column(name = "blur_responses", nullable = false)
    private boolean blurResponses;
    @Column(name = "break_reminder_minutes")
    private Integer breakReminderMinutes;
    @Column(name = "opt_out_categories", length = 4000)
    private String optOutCategories;
    @Column(name = "category_daily_cap")
    private Integer categoryDailyCap;
    @Column(name = "enforced_break_minutes")
    private Integer enforcedBreakMinutes;
    @Column(name = "break_length_minutes", nullable = false)
    private int breakLengthMinutes = 10;
    @Enumerated(EnumType.STRING)
    @Column(name = "notice_source", nullable = false, length = 16)
    private NoticeSource noticeSource = NoticeSource.REFERENCE_LABELS;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CampaignStatus status = CampaignStatus.DRAFT;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;
    @Column(name = "activated_at")
    private Instant activatedAt;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "campaign_dataset", joinColumns = @JoinColumn(name = "campaign_id"))
    @Column(name = "dataset_id", nullable = false)
    private Set<Long> datasetIds = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "campaign_member", joinColumns = @JoinColumn(name = "campaign_id"))
    @Column(name = "user_id", nullable = false)
    private Set<Long> memberIds = new LinkedHashSet<>();

    protected Campaign() {
    }

    public Campaign(CampaignSettings settings, Instant createdAt, String createdBy) {
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        apply(settings);
    }

    /** Applies settings; the caller has checked which ones may change in the current status. */
    public void apply(CampaignSettings s) {
        name = s.name().strip();
        description = s.description();
        guidelines = s.guidelines();
        taskType = s.task().type();
        taxonomyVersionId = s.task() instanceof SafetyLabelTask t ? t.taxonomyVersionId() : null;
        principleSetId = s.task() instanceof PairwisePreferenceTask t ? t.principleSetId() : null;
        datasetIds = new LinkedHashSet<>(s.datasetIds());
        overlap = s.overlap();
        needsCautionPolicy = s.needsCautionPolicy();
        leaseMinutes = s.leaseMinutes();
        dailyQuota = s.dailyQuota();
        goldRatePercent = s.goldRatePercent();
        sensitiveCategories = String.join(",", new TreeSet<>(s.sensitiveCategories()));
        blurResponses = s.blurResponses();
        breakReminderMinutes = s.breakReminderMinutes();
        Wellbeing w = s.wellbeing();
        optOutCategories = String.join(",", new TreeSet<>(w.optOutCategories()));
        categoryDailyCap = w.dailyCategoryCap();
        enforcedBreakMinutes = w.enforcedBreakMinutes();
        breakLengthMinutes = w.breakLengthMinutes();
        noticeSource = w.noticeSource();
    }

    public CampaignSettings settings() {
        Set<String> sensitive = keys(sensitiveCategories);
        CampaignTask task = CampaignTask.of(taskType, switch (taskType) {
            case SAFETY_LABEL -> taxonomyVersionId;
            case PAIRWISE_PREFERENCE -> principleSetId;
        });
        return new CampaignSettings(name, description, guidelines, task, List.copyOf(datasetIds), overlap,
                needsCautionPolicy, leaseMinutes, dailyQuota, goldRatePercent, sensitive, blurResponses,
                breakReminderMinutes, new Wellbeing(keys(optOutCategories), categoryDailyCap, enforcedBreakMinutes,
                        breakLengthMinutes, noticeSource));
    }

    private static Set<String> keys(String joined) {
        return joined == null || joined.isBlank() ? Set.of()
                : Arrays.stream(joined.split(",")).collect(Collectors.toCollection(TreeSet::new));
    }

    public void moveTo(CampaignStatus next, Instant at) {
        if (next == CampaignStatus.ACTIVE && activatedAt == null) {
            activatedAt = at;
        }
        if (next == CampaignStatus.CLOSED) {
            closedAt = at;
        }
        status = next;
    }

    public CampaignId getId() {
        return id == null ? null : new CampaignId(id);
    }

    public CampaignStatus getStatus() {
        return status;
    }

    public Set<Long> getMemberIds() {
        return memberIds;
    }

    public boolean wasActivated() {
        return activatedAt != null;
    }

    public CampaignSummary toSummary() {
        return new CampaignSummary(getId(), name, taskType, status, overlap, memberIds.size(), datasetIds.size(),
                createdAt, activatedAt);
    }

    public CampaignDetails toDetails(int goldItemCount) {
        return new CampaignDetails(toSummary(), settings(), new TreeSet<>(memberIds).stream().map(UserId::new).toList(),
                goldItemCount);
    }
}
