package org.latitude.judge;

import org.latitude.shared.CampaignId;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.latitude.audit.AuditLog;
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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports model judgments from files into a started campaign: the whole file is read and checked first (items,
 * categories, principles, probabilities, duplicates), then stored in this one transaction, or nothing is. The same
 * content for the same campaign, rater and format is recognised by its SHA-256 and not stored twice.
 */
@Service
public class JudgmentImports {

    /** Longest line (characters) of a judgment file. */
    public static final int MAX_LINE_CHARS = 1 << 20;

    private final CampaignScope scopes;
    private final RaterStore raters;
    private final BatchStore batches;
    private final JudgmentWriter writer;
    private final StoredOverlap overlap;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final JudgmentFileParser parser = new JudgmentFileParser(MAX_LINE_CHARS);

    JudgmentImports(CampaignScope scopes, RaterStore raters, BatchStore batches, JudgmentWriter writer,
                    StoredOverlap overlap, AuditLog audit, CurrentUser currentUser, Clock clock) {
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
        Objects.requireNonNull(request.format(), "format");
        List<String> problems = RaterRules.problems(request.rater());
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        CampaignScope.Scope scope = scopes.of(request.campaignId().value(), request.format().kind());
        String fileName = request.fileName() == null || request.fileName().isBlank() ? "upload" : request.fileName();
        ImportContext ctx = new ImportContext(scopes.itemsByExternalId(scope), scope.taxonomy(),
                scope.principleCount(), request.skipUnknownItems(), scopes::preferredResponse);
        JudgmentFileParser.Parsed parsed = parser.parse(source, request.format(), ctx);
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
        long stored = writer.write(scope.campaignId(), rater.id().value(), batch, parsed.rows());
        batches.addCount(batch, stored);
        audit.record("judgment.import", scope.campaignId() + " " + scope.name(), stored + " " + request.format()
                .kind().name().toLowerCase() + " judgments of " + rater.label() + " from " + fileName + " as "
                + request.format().label());
        return new JudgmentImportReport(JudgmentImportReport.Outcome.IMPORTED, batch, fileName, parsed.lines(),
                stored, ctx.skipped(), List.of(), 0);
    }

    /** The judgment batches of a campaign, oldest first. */
    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public List<JudgmentBatch> batches(CampaignId campaignId) {
        return batches.forCampaign(campaignId.value());
    }

    /** Deletes a batch and its judgments (a live job's batch only when the job is not running). */
    @RolesAllowed("ADMIN")
    @Transactional
    public void deleteBatch(long batchId) {
        JudgmentBatch batch = batches.find(batchId)
                .orElseThrow(() -> new ValidationException("No judgment batch " + batchId + "."));
        if (overlap.liveJobRunning(batchId)) {
            throw new ValidationException("The live job of this batch is running; cancel it first.");
        }
        batches.delete(batch);
        audit.record("judgment.delete", batch.campaignId() + " batch " + batchId, batch.judgments()
                + " judgments of " + batch.rater().label());
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
