package org.latitude.export.internal;

import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.latitude.campaign.TaskType;
import org.springframework.stereotype.Component;

/**
 * The Hugging Face export as a ZIP of the dataset folder: {@code data/train.jsonl}, {@code data/test.jsonl} (the
 * consensus lines, split by {@link Split}) and {@code README.md} (the dataset card, written last since it states
 * the split sizes). Each split is a pass over the campaign, streamed into its ZIP entry.
 */
@Component
public class HuggingFaceFolder {

    private final SafetyExports safety;
    private final PairwiseExports pairwise;

    HuggingFaceFolder(SafetyExports safety, PairwiseExports pairwise) {
        this.safety = safety;
        this.pairwise = pairwise;
    }

    public SafetyExports.Written write(ExportContext ctx, Split split, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        SafetyExports.Written train = entry(zip, "data/train.jsonl", ctx, id -> !split.isTest(id));
        SafetyExports.Written test = entry(zip, "data/test.jsonl", ctx, split::isTest);
        zip.putNextEntry(new ZipEntry("README.md"));
        Writer card = writer(zip);
        card.write(DatasetCard.write(ctx, split, train.items(), test.items(), train.annotations(), train.annotators()));
        card.flush();
        zip.closeEntry();
        zip.finish();
        zip.flush();
        return new SafetyExports.Written(train.items() + test.items(), train.annotations(), train.annotators());
    }

    private SafetyExports.Written entry(ZipOutputStream zip, String name, ExportContext ctx, Predicate<String> keep)
            throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        Writer out = writer(zip);
        SafetyExports.Written written = ctx.campaign().summary().taskType() == TaskType.SAFETY_LABEL
                ? safety.consensus(ctx, out, keep) : pairwise.consensus(ctx, out, keep);
        out.flush();
        zip.closeEntry();
        return written;
    }

    /** A UTF-8 writer into the current entry that leaves the ZIP open when flushed. */
    private static Writer writer(ZipOutputStream zip) {
        OutputStream entry = new FilterOutputStream(zip) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
        return new BufferedWriter(new OutputStreamWriter(entry, StandardCharsets.UTF_8), 1 << 16);
    }
}
