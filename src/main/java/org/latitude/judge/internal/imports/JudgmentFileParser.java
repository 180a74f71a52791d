package org.latitude.judge.internal.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;
import org.latitude.dataset.ImportSource;
import org.latitude.judge.JudgmentFormat;
import org.latitude.judge.internal.answer.CategoryNames;
import org.latitude.judge.internal.read.FileFault;
import org.latitude.judge.internal.read.JudgmentInput;

/**
 * Reads a whole judgment file once, checking every row against the campaign: the result holds every judgment (when
 * there is no problem) and the file's SHA-256. Stores nothing.
 */
public final class JudgmentFileParser {

    /** The checked file: its judgments, hash and line count. */
    public record Parsed(Rows rows, String sha256, long lines) {
    }

    private final int maxLineChars;

    public JudgmentFileParser(int maxLineChars) {
        this.maxLineChars = maxLineChars;
    }

    public Parsed parse(ImportSource source, JudgmentFormat format, ImportContext ctx) {
        RowFormat rows = rowFormat(format, ctx);
        Rows out = new Rows();
        try (JudgmentInput in = JudgmentInput.open(source, maxLineChars)) {
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
            try {
                if (format.csv()) {
                    FieldRows.csv(in.lines(), ctx, header -> {
                        List<String> unknown = header.stream().filter(h -> !rows.fields().contains(h)).sorted()
                                .toList();
                        if (!unknown.isEmpty()) {
                            ctx.problem(1, "unknown columns " + unknown + " for " + format.label()
                                    + " (docs/formats.md)");
                        }
                    }, each);
                } else {
                    FieldRows.jsonLines(in.lines(), ctx, each);
                }
            } catch (FileFault fault) {
                ctx.problem(fault.line(), fault.getMessage() + "; the check stopped here");
            }
            rows.finish(ctx, out);
            drain(in);
            return new Parsed(out, in.sha256(), in.lines().number());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads what a stopped check left, so the hash covers the whole file. */
    private static void drain(JudgmentInput in) throws IOException {
        try {
            while (in.lines().next() != null) {
                // hashing only
            }
        } catch (FileFault ignored) {
            // already reported
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
