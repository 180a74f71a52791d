package org.latitude.judge.internal.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;
import org.latitude.dataset.ImportSource;
import org.latitude.judge.JudgmentFormat;
import org.latitude.dataset.ImportListener;
import org.latitude.dataset.ImportProgress;
import org.latitude.judge.internal.answer.CategoryNames;
import org.latitude.textio.CsvReader;
import org.latitude.textio.DigestingInput;
import org.latitude.textio.LineReader;
import org.latitude.textio.ReadLimits;

/**
 * Reads a whole judgment file once through the project's reader ({@code org.latitude.textio}: strict UTF-8, line and
 * size limits, gzip by its magic bytes), checking every row against the campaign: the result holds every judgment
 * (when there is no problem) and the SHA-256 of the file as stored. Stores nothing.
 */
public final class JudgmentFileParser {

    /** How often (in lines) progress is reported while checking. */
    static final int PROGRESS_EVERY = 10_000;

    /** The checked file: its judgments, hash and line count. */
    public record Parsed(Rows rows, String sha256, long lines, long bytes) {
    }

    private final ReadLimits limits;

    public JudgmentFileParser(ReadLimits limits) {
        this.limits = limits;
    }

    public Parsed parse(ImportSource source, JudgmentFormat format, String fileName, ImportContext ctx,
                        ImportListener listener) {
        RowFormat rows = rowFormat(format, ctx);
        Rows out = new Rows();
        long size = source.size();
        try (DigestingInput raw = new DigestingInput(source.open())) {
            long[] seen = {0};
            Runnable eachLine = () -> {
                if (++seen[0] % PROGRESS_EVERY == 0) {
                    listener.progress(new ImportProgress(ImportProgress.Phase.CHECKING, raw.count(),
                            size, seen[0], 0, 0));
                }
            };
            Consumer<Fields> each = row -> {
                if (!format.csv()) {
                    List<String> unknown = row.unknown(rows.fields());
                    if (!unknown.isEmpty()) {
                        ctx.problem(row.line(), "unknown fields " + unknown + " for " + format.label()
                                + " (docs/formats.md)");
                    }
                }
                rows.row(row, ctx, out);
            };
            long lines;
            if (format.csv()) {
                try (CsvReader csv = CsvReader.of(raw, fileName, limits, false)) {
                    lines = FieldRows.csv(csv, ctx, eachLine, header -> {
                        List<String> unknown = header.stream().filter(h -> !rows.fields().contains(h)).sorted()
                                .toList();
                        if (!unknown.isEmpty()) {
                            ctx.problem(1, "unknown columns " + unknown + " for " + format.label()
                                    + " (docs/formats.md)");
                        }
                    }, each);
                    drain(raw);
                }
            } else {
                try (LineReader reader = LineReader.of(raw, fileName, limits)) {
                    lines = FieldRows.jsonLines(reader, ctx, eachLine, each);
                    drain(raw);
                }
            }
            rows.finish(ctx, out);
            listener.progress(new ImportProgress(ImportProgress.Phase.CHECKING, raw.count(), size,
                    lines, 0, 0));
            return new Parsed(out, raw.sha256(), lines, raw.count());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Hashes what a stopped check left unread, so the hash is the whole file's (not past the size limit). */
    private void drain(DigestingInput raw) throws IOException {
        if (raw.count() <= limits.maxInputBytes()) {
            raw.transferTo(OutputStream.nullOutputStream());
        }
    }

    private static RowFormat rowFormat(JudgmentFormat format, ImportContext ctx) {
        CategoryNames names = ctx.taxonomy() == null ? null : new CategoryNames(ctx.taxonomy());
        return switch (format) {
            case SAFETY_JSONL, SAFETY_CSV -> new GenericSafetyFormat(names);
            case NEMOGUARD_JSONL -> new GuardOutputFormats.NemoGuard(names);
            case LLAMA_GUARD_JSONL, LLAMA_GUARD_CSV -> new GuardOutputFormats.LlamaGuard(names);
            case PAIRWISE_JSONL, PAIRWISE_CSV -> new GenericPairFormats.Pairwise();
            case PRINCIPLE_JSONL, PRINCIPLE_CSV -> new GenericPairFormats.Principle();
            case DISCRETION_PRINCIPLE_CSV -> new DiscretionFormats.Principle();
            case DISCRETION_JUDGE_CSV -> new DiscretionFormats.Judge();
            case DISCRETION_REWARD_CSV -> new DiscretionFormats.Reward();
            case DISCRETION_POLICY_CSV -> new DiscretionFormats.Policy();
        };
    }
}
