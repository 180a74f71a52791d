package org.latitude.judge;

import org.latitude.dataset.ImportListener;
import org.latitude.dataset.ImportProgress;
import org.latitude.shared.CampaignId;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.latitude.audit.AuditLog;
import org.latitude.dataset.ImportLimits;
import org.latitude.dataset.ImportSource;
import org.latitude.judge.internal.BatchStore;
import org.latitude.judge.internal.CampaignScope;
import org.latitude.judge.internal.JudgmentWriter;
import org.latitude.judge.internal.RaterStore;
import org.latitude.judge.internal.StoredOverlap;
import org.latitude.judge.internal.imports.ImportContext;
import org.latitude.judge.internal.imports.JudgmentFileParser;
import org.latitude.security.CurrentUser;
import org.latitude.shared.ValidationException;
import org.latitude.textio.ReadLimits;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports model judgments from files into a started campaign: the whole file is read and checked first (items,
 * categories, principles, probabilities, duplicates), then stored in this one transaction, or nothing is. The same
 * content for the same campaign, rater and format is recognised by its SHA-256 and not stored twice.
 */
@Service
public class JudgmentImports {

    private final CampaignScope scopes;
    private final RaterStore raters;
    private final BatchStore batches;
    private final JudgmentWriter writer;
    private final StoredOverlap overlap;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final JudgmentFileParser parser;
    private final long maxFileBytes;

    /**
     * The size limits are the dataset importers' ({@code latitude.import.max-line-bytes}, {@code
     * latitude.import.max-file-bytes}): a judgment file is read by the same reader with the same limits.
     */
    JudgmentImports(CampaignScope scopes, RaterStore raters, BatchStore batches, JudgmentWriter writer,
                    StoredOverlap overlap, AuditLog audit, CurrentUser currentUser, Clock clock,
                    @Value("${latitude.import.max-line-bytes:" + ImportLimits.DEFAULT_MAX_LINE_BYTES + "}")
                    long maxLineBytes,
                    @Value("${latitude.import.max-file-bytes:" + ImportLimits.DEFAULT_MAX_FILE_BYTES + "}")
                    long maxFileBytes) {
        this.maxFileBytes = maxFileBytes;
        this.parser = new JudgmentFileParser(new ReadLimits((int) Math.min(Integer.MAX_VALUE - 64, maxLineBytes),
                maxFileBytes));
        this.scopes = scopes;
        this.raters = raters;
        this.batches = batches;
        this.writer = writer;
        this.overlap = overlap;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @RolesAllowed("ADMIN")
    @Transactional
    public JudgmentImportReport importFile(ImportSource source, JudgmentImportRequest request) {
        return importFile(source, request, ImportListener.NONE);
    }

    /** Imports with progress reports (on this thread): checking the file, then storing its judgments. */
    @RolesAllowed("ADMIN")
    @Transactional
    public JudgmentImportReport importFile(ImportSource source, JudgmentImportRequest request,
                                           ImportListener listener) {
        Objects.requireNonNull(request.format(), "format");
        List<String> problems = RaterRules.problems(request.rater());
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        CampaignScope.Scope scope = scopes.of(request.campaignId().value(), request.format().kind());
        String fileName = request.fileName() == null || request.fileName().isBlank() ? "upload" : request.fileName();
        ImportContext ctx = new ImportContext(scopes.itemsByExternalId(scope), scope.taxonomy(),
                scope.principleCount(), request.skipUnknownItems(), scopes::preferredResponse);
        JudgmentFileParser.Parsed parsed = parser.parse(source, request.format(), fileName, ctx, listener);
        Optional<ModelRater> existing = raters.find(request.rater());
        existing.ifPresent(r -> requireSameProvenance(r, request.rater()));
        if (existing.isPresent()) {
            Optional<JudgmentBatch> earlier = batches.findImport(scope.campaignId(), existing.get().id().value(),
                    request.format(), parsed.sha256());
            if (earlier.isPresent()) {
                return new JudgmentImportReport(JudgmentImportReport.Outcome.ALREADY_IMPORTED, earlier.get().id(),
                        fileName, parsed.lines(), earlier.get().judgments(), 0, List.of(), 0);
            }
        }
        if (!ctx.problems().any() && parsed.rows().size() == 0) {
            ctx.problem(0, "the file holds no judgments" + (ctx.skipped() > 0 ? " of the campaign's items" : ""));
        }
        if (!ctx.problems().any() && existing.isPresent()) {
            overlap.check(scope.campaignId(), existing.get().id().value(), parsed.rows(), ctx);
        }
        if (ctx.problems().any()) {
            return new JudgmentImportReport(JudgmentImportReport.Outcome.REJECTED, null, fileName, parsed.lines(), 0,
                    ctx.skipped(), ctx.problems().kept(), ctx.problems().count());
        }
        String actor = currentUser.actorName();
        ModelRater rater = existing.orElseGet(() -> raters.create(request.rater(), clock.instant(), actor));
        long batch = batches.create(scope.campaignId(), rater.id().value(), request.format().kind(), request.format().name(),
                fileName, parsed.sha256(), clock.instant(), actor);
        long total = parsed.rows().size();
        long stored = writer.write(scope.campaignId(), rater.id().value(), batch, parsed.rows(), done -> listener
                .progress(new ImportProgress(ImportProgress.Phase.STORING, parsed.bytes(),
                        parsed.bytes(), parsed.lines(), done, total)));
        batches.addCount(batch, stored);
        audit.record("judgment.import", scope.campaignId() + " " + scope.name(), stored + " " + request.format()
                .kind().name().toLowerCase() + " judgments of " + rater.label() + " from " + fileName + " as "
                + request.format().label());
        listener.progress(new ImportProgress(ImportProgress.Phase.DONE, parsed.bytes(),
                parsed.bytes(), parsed.lines(), stored, total));
        return new JudgmentImportReport(JudgmentImportReport.Outcome.IMPORTED, batch, fileName, parsed.lines(),
                stored, ctx.skipped(), List.of(), 0);
    }

    /** The largest judgment file read (bytes of text, decompressed if gzip): {@code latitude.import.max-file-bytes}. */
    @RolesAllowed("ADMIN")
    public long maxFileBytes() {
        return maxFileBytes;
    }

    /** The judgment batches of a campaign, oldest first. */
    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public List<JudgmentBatch> batches(CampaignId campaignId) {
        return batches.forCampaign(campaignId.value());
    }

    /**
     * Deletes a batch and its judgments (a live job's batch only when the job is not running); the model rater goes
     * too once no batch of any campaign refers to it.
     */
    @RolesAllowed("ADMIN")
    @Transactional
    public void deleteBatch(long batchId) {
        JudgmentBatch batch = batches.find(batchId)
                .orElseThrow(() -> new ValidationException("No judgment batch " + batchId + "."));
        delete(List.of(batch));
    }

    /**
     * Deletes every judgment of a model rater in a campaign (all its batches there, in one transaction); the rater
     * goes too once no other campaign has its judgments. Returns how many judgments were deleted.
     */
    @RolesAllowed("ADMIN")
    @Transactional
    public long deleteRaterJudgments(CampaignId campaignId, ModelRaterId raterId) {
        List<JudgmentBatch> of = batches.forCampaign(campaignId.value()).stream()
                .filter(b -> b.rater().id().equals(raterId)).toList();
        if (of.isEmpty()) {
            throw new ValidationException("The model rater " + raterId + " has no judgments in this campaign.");
        }
        return delete(of);
    }

    private long delete(List<JudgmentBatch> of) {
        for (JudgmentBatch batch : of) {
            if (overlap.liveJobRunning(batch.id())) {
                throw new ValidationException("The live job of batch " + batch.id() + " is running; cancel it first.");
            }
        }
        long deleted = 0;
        for (JudgmentBatch batch : of) {
            batches.delete(batch);
            deleted += batch.judgments();
            audit.record("judgment.delete", batch.campaignId() + " batch " + batch.id(), batch.judgments()
                    + " judgments of " + batch.rater().label());
        }
        ModelRater rater = of.getFirst().rater();
        if (raters.deleteIfUnused(rater.id().value())) {
            audit.record("judgment.rater.delete", rater.label(), "no judgments left in any campaign");
        }
        return deleted;
    }

    private static void requireSameProvenance(ModelRater r, RaterSpec spec) {
        if (!Objects.equals(r.provider(), spec.provider()) || !Objects.equals(r.runDate(), spec.runDate())
                || !Objects.equals(nullToEmpty(r.decoding()), nullToEmpty(spec.decoding()))
                || !Objects.equals(r.ensemble(), spec.ensemble())) {
            throw new ValidationException("A model rater " + r.label() + " exists with other provenance (provider "
                    + r.provider() + ", run date " + r.runDate() + ", decoding '" + r.decoding() + "'); give this "
                    + "run another model version or template version, or the same provenance.");
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
