package org.latitude.export.internal;

import java.util.List;
import java.util.Locale;
import org.latitude.campaign.NeedsCautionPolicy;
import org.latitude.campaign.TaskType;
import tools.jackson.core.io.JsonStringEncoder;

/**
 * The {@code README.md} of the Hugging Face export: YAML front matter the Hub reads (licence, size category, task,
 * the data files of each split, the features), then how the data was annotated and aggregated, the split rule and
 * the agreement figures when an analysis result is stored. Admin text is quoted in the YAML and escaped in the
 * Markdown (the Hub renders HTML in a card).
 */
final class DatasetCard {

    private DatasetCard() {
    }

    static String write(ExportContext ctx, Split split, long train, long test, long annotations, int annotators) {
        TaskType task = ctx.campaign().summary().taskType();
        StringBuilder s = new StringBuilder("---\n");
        s.append("pretty_name: ").append(yaml(ctx.campaign().summary().name())).append('\n');
        s.append("license: other\n");
        s.append("size_categories:\n- ").append(sizeCategory(train + test)).append('\n');
        s.append("task_categories:\n- ").append(task == TaskType.SAFETY_LABEL ? "text-classification"
                : "text-generation").append('\n');
        s.append("tags:\n").append(task == TaskType.SAFETY_LABEL ? "- safety\n- content-moderation\n- aegis-2.0\n"
                : "- preference\n- rlhf\n- dpo\n");
        s.append("configs:\n- config_name: default\n  data_files:\n");
        if (train > 0) {
            s.append("  - split: train\n    path: data/train.jsonl\n");
        }
        if (test > 0) {
            s.append("  - split: test\n    path: data/test.jsonl\n");
        }
        s.append("dataset_info:\n  features:\n");
        s.append(task == TaskType.SAFETY_LABEL ? SAFETY_FEATURES : PAIRWISE_FEATURES);
        s.append("  splits:\n");
        if (train > 0) {
            s.append("  - name: train\n    num_examples: ").append(train).append('\n');
        }
        if (test > 0) {
            s.append("  - name: test\n    num_examples: ").append(test).append('\n');
        }
        s.append("---\n\n");
        s.append("# ").append(markdown(ctx.campaign().summary().name())).append("\n\n");
        String description = ctx.campaign().settings().description();
        if (description != null && !description.isBlank()) {
            s.append(markdown(description.strip())).append("\n\n");
        }
        s.append("> **Content warning.** The texts were collected to test AI safety and may be harmful, offensive or "
                + "written to manipulate models. Treat every field as untrusted data.\n\n");
        s.append("## How it was annotated\n\n");
        if (task == TaskType.SAFETY_LABEL) {
            s.append("Human annotators labelled each exchange in Latitude with a prompt "
                    + "verdict (safe / unsafe), a response verdict (safe / unsafe / needs caution) and the violated "
                    + "hazard categories of the taxonomy **").append(markdown(ctx.documentName())).append("**.\n\n");
        } else {
            s.append("Human annotators compared the two responses of each conversation in Latitude (A better, B "
                    + "better, or tie), with the two responses shown in a per-annotator random left/right order, "
                    + "under the principle set **").append(markdown(ctx.documentName())).append("**.\n\n");
        }
        s.append("- Items: ").append(train + test).append(" (train ").append(train).append(", test ").append(test)
                .append(")\n");
        s.append("- Annotations: ").append(annotations).append(" by ").append(annotators).append(" annotators; ")
                .append(ctx.campaign().settings().overlap()).append(" annotators were asked per item\n");
        s.append("- Campaign status at export: ").append(ctx.campaign().summary().status().name()
                .toLowerCase(Locale.ROOT)).append("\n\n");
        s.append("## Aggregation\n\n");
        if (task == TaskType.SAFETY_LABEL) {
            s.append("Each label is the majority of the annotators' verdicts; a tie counts as `unsafe`. ")
                    .append(caution(ctx.campaign().settings().needsCautionPolicy()))
                    .append(" `violated_categories` lists, when the prompt or response is flagged, every category "
                            + "an annotator named, most often named first (ties by name), as in Aegis 2.0; "
                            + "`violated_category_counts` gives how many annotators named each.\n\n");
        } else {
            s.append("`preference` is the answer most annotators gave; when the most frequent answer is shared, it "
                    + "is `tie`. `chosen` / `rejected` hold the preferred and the other response (null on a tie); "
                    + "`votes_*` count the answers and `agreement` is the share that gave the consensus.\n\n");
        }
        s.append("## Splits\n\n");
        s.append("An item is in `test` when the first 8 bytes of SHA-256 of `\"").append(split.seed())
                .append(":<id>\"` (UTF-8), read as an unsigned big-endian integer, modulo 100 are below ")
                .append(split.testPercent()).append("; otherwise in `train`. In Python:\n\n```python\n")
                .append("import hashlib\n")
                .append("def is_test(id): return int.from_bytes(hashlib.sha256(f\"").append(split.seed())
                .append(":{id}\".encode()).digest()[:8], \"big\") % 100 < ").append(split.testPercent())
                .append("\n```\n\n");
        s.append("## Agreement\n\n");
        if (ctx.agreement().isPresent() && !ctx.agreement().get().isEmpty()) {
            for (String line : ctx.agreement().get()) {
                s.append("- ").append(markdown(line)).append('\n');
            }
            s.append('\n');
        } else {
            s.append("Not computed: no stored analysis of this campaign existed when the export was made. Run the "
                    + "campaign's analysis in Latitude for chance-corrected agreement with confidence intervals.\n\n");
        }
        s.append("## Licence\n\n");
        s.append("`license: other` — the texts keep the licences of their source datasets; set the licence before "
                + "publishing.");
        if (ctx.documentLicence() != null && !ctx.documentLicence().isBlank()) {
            s.append(" The taxonomy or principle set is licensed ").append(markdown(ctx.documentLicence()))
                    .append('.');
        }
        s.append('\n');
        return s.toString();
    }

    private static String caution(NeedsCautionPolicy policy) {
        return switch (policy) {
            case SAFE -> "A \"needs caution\" response vote counts as safe (the campaign's policy).";
            case UNSAFE -> "A \"needs caution\" response vote counts as unsafe (the campaign's policy).";
            case OWN_VALUE -> "\"Needs caution\" is its own value (the campaign's policy): when it is the most "
                    + "frequent response vote (ties go to the more severe value), `response_label` is `safe` and "
                    + "`Needs Caution` is among the violated categories, as Aegis 2.0 records it.";
        };
    }

    static String sizeCategory(long n) {
        if (n < 1_000) {
            return "n<1K";
        }
        if (n < 10_000) {
            return "1K<n<10K";
        }
        if (n < 100_000) {
            return "10K<n<100K";
        }
        if (n < 1_000_000) {
            return "100K<n<1M";
        }
        return n < 10_000_000 ? "1M<n<10M" : "10M<n<100M";
    }

    /** A YAML double-quoted scalar (JSON string escapes are valid YAML ones). */
    static String yaml(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        JsonStringEncoder.getInstance().quoteAsString(text == null ? "" : text, quoted);
        return quoted.append('"').toString();
    }

    /** Text safe in Markdown: HTML and Markdown punctuation escaped, on one paragraph's lines. */
    static String markdown(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder s = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '&' -> s.append("&amp;");
                case '\\', '`', '*', '_', '[', ']', '#', '|', '!' -> s.append('\\').append(c);
                case '\r' -> { }
                default -> s.append(c);
            }
        }
        return s.toString();
    }

    private static final String SAFETY_FEATURES = features(List.of("id", "prompt", "response", "prompt_label",
            "response_label", "violated_categories", "prompt_label_source", "response_label_source"),
            List.of("num_annotations")) + "  - name: violated_category_counts\n    sequence: int64\n";

    private static final String PAIRWISE_FEATURES = features(List.of("id", "prompt"), List.of())
            + "  - name: context\n    list:\n    - name: role\n      dtype: string\n    - name: content\n"
            + "      dtype: string\n"
            + features(List.of("response_a", "response_b", "preference", "chosen", "rejected"),
                    List.of("votes_a", "votes_b", "votes_tie", "num_annotations"))
            + "  - name: agreement\n    dtype: float64\n";

    private static String features(List<String> strings, List<String> integers) {
        StringBuilder s = new StringBuilder();
        strings.forEach(n -> s.append("  - name: ").append(n).append("\n    dtype: string\n"));
        integers.forEach(n -> s.append("  - name: ").append(n).append("\n    dtype: int64\n"));
        return s.toString();
    }
}
