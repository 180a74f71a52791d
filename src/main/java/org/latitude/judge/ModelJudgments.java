package org.latitude.judge;

import org.latitude.shared.CampaignId;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.latitude.judge.internal.BatchStore;
import org.latitude.judge.internal.CampaignScope;
import org.latitude.judge.internal.JudgmentQueries;
import org.latitude.judge.internal.RaterStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read API of model judgments, for the analysis and the admin screens: per campaign, per model rater, per item the
 * judgment as a typed record (streamed in item order), and per-value counts the database adds up. Admins only: an
 * annotator never sees a model judgment.
 */
@Service
public class ModelJudgments {

    private final RaterStore raters;
    private final BatchStore batches;
    private final JudgmentQueries queries;
    private final CampaignScope scopes;
    private final JdbcTemplate jdbc;

    ModelJudgments(RaterStore raters, BatchStore batches, JudgmentQueries queries, CampaignScope scopes,
                   JdbcTemplate jdbc) {
        this.raters = raters;
        this.batches = batches;
        this.queries = queries;
        this.scopes = scopes;
        this.jdbc = jdbc;
    }

    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public List<ModelRater> raters() {
        return raters.all();
    }

    /** The model raters with judgments in the campaign. */
    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public List<ModelRater> ratersIn(CampaignId campaign) {
        return batches.forCampaign(campaign.value()).stream().map(JudgmentBatch::rater).distinct()
                .sorted(Comparator.comparing(ModelRater::id)).toList();
    }

    /** Every judgment of the rater in the campaign, by item; for large campaigns prefer {@link #forEach}. */
    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public List<ModelJudgment> judgments(CampaignId campaign, ModelRaterId rater) {
        List<ModelJudgment> out = new ArrayList<>();
        forEach(campaign, rater, out::add);
        return out;
    }

    /** Streams the rater's judgments in the campaign in item order: safety, then pairwise, then principle ones. */
    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public void forEach(CampaignId campaign, ModelRaterId rater, Consumer<? super ModelJudgment> each) {
        queries.safety(campaign.value(), rater.value(), each::accept);
        queries.pairwise(campaign.value(), rater.value(), each::accept);
        queries.principles(campaign.value(), rater.value(), each::accept);
    }

    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public void forEachPrinciple(CampaignId campaign, ModelRaterId rater, Consumer<PrincipleJudgment> each) {
        queries.principles(campaign.value(), rater.value(), each);
    }

    /**
     * Sufficient statistics of the rater in the campaign, counted by the database: verdicts and named categories
     * (safety), forms, orders and choices (pairwise), and per principle and order the preference A / B / NONE under
     * the alignment-discretion rule (NONE when P(A) = P(B) or P(NA) is strictly the largest).
     */
    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public List<ValueCount> counts(CampaignId campaign, ModelRaterId rater) {
        List<ValueCount> out = new ArrayList<>(queries.safetyCounts(campaign.value(), rater.value()));
        out.addAll(queries.pairwiseCounts(campaign.value(), rater.value()));
        out.addAll(queries.principleCounts(campaign.value(), rater.value()));
        return out;
    }

    /** Per model rater and kind: items judged out of the campaign's items, and unparseable live answers. */
    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public List<RaterCoverage> coverage(CampaignId campaign) {
        long campaignId = campaign.value();
        CampaignScope.Scope scope = scopes.of(campaignId, null);
        long items = scopes.itemIds(scope).size();
        List<RaterCoverage> out = new ArrayList<>();
        Map<JudgmentKind, String> tables = Map.of(JudgmentKind.SAFETY, "safety_judgment", JudgmentKind.PAIRWISE,
                "pairwise_judgment", JudgmentKind.PRINCIPLE, "principle_judgment");
        for (JudgmentKind kind : JudgmentKind.values()) {
            queries.coverage(campaignId, tables.get(kind)).forEach((raterId, counts) -> out.add(new RaterCoverage(
                    raters.find(raterId).orElseThrow(), kind, counts[0], items, counts[1],
                    unparseable(campaignId, raterId, kind))));
        }
        out.sort(Comparator.comparing((RaterCoverage c) -> c.rater().id()).thenComparing(RaterCoverage::kind));
        return out;
    }

    private long unparseable(long campaignId, long raterId, JudgmentKind kind) {
        Long n = jdbc.queryForObject("select count(*) from judge_call c join judge_job j on j.id = c.job_id join "
                + "judgment_batch b on b.id = j.batch_id where j.campaign_id = ? and j.rater_id = ? and b.kind = ? and "
                + "c.outcome = 'UNPARSEABLE'", Long.class, campaignId, raterId, kind.name());
        return n == null ? 0 : n;
    }
}
