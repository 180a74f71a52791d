package org.latitude.export;

import jakarta.annotation.security.RolesAllowed;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.latitude.audit.AuditLog;
import org.latitude.campaign.CampaignDetails;
import org.latitude.campaign.CampaignService;
import org.latitude.campaign.PairwisePreferenceTask;
import org.latitude.campaign.SafetyLabelTask;
import org.latitude.export.internal.ExportContext;
import org.latitude.export.internal.HuggingFaceFolder;
import org.latitude.export.internal.LongForm;
import org.latitude.export.internal.PairwiseExports;
import org.latitude.export.internal.SafetyExports;
import org.latitude.export.internal.Split;
import org.latitude.judge.ModelJudgments;
import org.latitude.security.UserAccountService;
import org.latitude.security.UserSummary;
import org.latitude.shared.CampaignId;
import org.latitude.shared.UserId;
import org.latitude.shared.ValidationException;
import org.latitude.taxonomy.HazardCategory;
import org.latitude.taxonomy.PrincipleSetDetails;
import org.latitude.taxonomy.PrincipleSetService;
import org.latitude.taxonomy.TaxonomyDetails;
import org.latitude.taxonomy.TaxonomyService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * A campaign's exports (admin only): which files it offers, and writing one to a stream as it is read. Each download
 * is written to the audit log before its first byte, with the file it names. Not one transaction: the export reads
 * keyset pages, each in its own read-only transaction, so a long download holds no connection between pages.
 */
@Service
public class CampaignExports {

    private final CampaignService campaigns;
    private final TaxonomyService taxonomies;
    private final PrincipleSetService principleSets;
    private final UserAccountService users;
    private final ModelJudgments judgments;
    private final AuditLog audit;
    private final SafetyExports safety;
    private final PairwiseExports pairwise;
    private final HuggingFaceFolder huggingFace;
    private final ObjectProvider<AgreementFigures> agreement;

    CampaignExports(CampaignService campaigns, TaxonomyService taxonomies, PrincipleSetService principleSets,
                    UserAccountService users, ModelJudgments judgments, AuditLog audit, SafetyExports safety,
                    PairwiseExports pairwise, HuggingFaceFolder huggingFace,
                    ObjectProvider<AgreementFigures> agreement) {
        this.campaigns = campaigns;
        this.taxonomies = taxonomies;
        this.principleSets = principleSets;
        this.users = users;
        this.judgments = judgments;
        this.audit = audit;
        this.safety = safety;
        this.pairwise = pairwise;
        this.huggingFace = huggingFace;
        this.agreement = agreement;
    }

    /** The files this campaign can be exported as (by its task), each with its download name. */
    @RolesAllowed("ADMIN")
    public List<ExportFile> files(CampaignId campaignId) {
        CampaignDetails campaign = campaigns.details(campaignId);
        return ExportFormat.of(campaign.summary().taskType()).stream().map(f -> file(campaign, f)).toList();
    }

    /** The file one format of this campaign downloads as. */
    @RolesAllowed("ADMIN")
    public ExportFile file(CampaignId campaignId, ExportFormat format) {
        CampaignDetails campaign = campaigns.details(campaignId);
        requireTask(campaign, format);
        return file(campaign, format);
    }

    /**
     * Writes the export to {@code out} as it reads the campaign (never all of it in memory), after recording the
     * download in the audit log. {@code out} is flushed, not closed.
     */
    @RolesAllowed("ADMIN")
    public ExportSummary write(CampaignId campaignId, ExportFormat format, OutputStream out) throws IOException {
        CampaignDetails campaign = campaigns.details(campaignId);
        requireTask(campaign, format);
        ExportFile file = file(campaign, format);
        audit.record("export.download", campaignId + " " + campaign.summary().name(), file.fileName());
        ExportContext ctx = context(campaign);
        return switch (format) {
            case AEGIS_CONSENSUS_JSONL -> consensus(format, safety.consensus(ctx, writer(out), id -> true));
            case PREFERENCE_CONSENSUS_JSONL -> consensus(format, pairwise.consensus(ctx, writer(out), id -> true));
            case SAFETY_LONG_CSV -> rows(format, safety.longForm(ctx, LongForm.csv(writer(out),
                    SafetyExports.longColumns())));
            case SAFETY_LONG_JSONL -> rows(format, safety.longForm(ctx, LongForm.jsonLines(writer(out),
                    SafetyExports.longColumns())));
            case PREFERENCE_LONG_CSV -> rows(format, pairwise.longForm(ctx, LongForm.csv(writer(out),
                    PairwiseExports.longColumns())));
            case PREFERENCE_LONG_JSONL -> rows(format, pairwise.longForm(ctx, LongForm.jsonLines(writer(out),
                    PairwiseExports.longColumns())));
            case SAFETY_HUGGING_FACE, PREFERENCE_HUGGING_FACE -> consensus(format,
                    huggingFace.write(ctx, Split.defaults(), out));
        };
    }

    private ExportContext context(CampaignDetails campaign) {
        Map<UserId, String> names = new HashMap<>();
        for (UserSummary u : users.listUsers()) {
            names.put(new UserId(u.id()), u.username());
        }
        String document;
        String licence;
        Map<String, String> categories = new HashMap<>();
        switch (campaign.settings().task()) {
            case SafetyLabelTask t -> {
                TaxonomyDetails taxonomy = taxonomies.details(t.taxonomyVersionId());
                document = taxonomy.summary().displayName();
                licence = taxonomy.licence();
                for (HazardCategory c : taxonomy.categories()) {
                    categories.put(c.key(), c.name());
                }
            }
            case PairwisePreferenceTask t -> {
                PrincipleSetDetails set = principleSets.details(t.principleSetId());
                document = set.summary().displayName();
                licence = set.licence();
            }
        }
        Optional<List<String>> figures = Optional.ofNullable(agreement.getIfAvailable())
                .flatMap(a -> a.summary(campaign.id()));
        return new ExportContext(campaign, document, licence, categories, names, judgments.ratersIn(campaign.id()),
                figures);
    }

    private static ExportSummary consensus(ExportFormat format, SafetyExports.Written written) {
        return new ExportSummary(format, written.items(), written.items());
    }

    private static ExportSummary rows(ExportFormat format, long rows) {
        return new ExportSummary(format, -1, rows);
    }

    private static void requireTask(CampaignDetails campaign, ExportFormat format) {
        if (campaign.summary().taskType() != format.task()) {
            throw new ValidationException("The campaign '" + campaign.summary().name() + "' has no "
                    + format.title() + " export: it is a " + campaign.summary().taskType().name()
                    .toLowerCase(Locale.ROOT).replace('_', ' ') + " campaign.");
        }
    }

    private static ExportFile file(CampaignDetails campaign, ExportFormat format) {
        return new ExportFile(format, "campaign-" + campaign.id().value() + "-" + slug(campaign.summary().name())
                + "." + format.suffix(), format.mediaType());
    }

    /** Lower-case ASCII letters and digits joined by hyphens, at most 40 characters ("export" when none). */
    static String slug(String name) {
        String s = java.text.Normalizer.normalize(name == null ? "" : name, java.text.Normalizer.Form.NFKD)
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (s.length() > 40) {
            s = s.substring(0, 40).replaceAll("-+$", "");
        }
        return s.isEmpty() ? "export" : s;
    }

    private static Writer writer(OutputStream out) {
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    }
}
