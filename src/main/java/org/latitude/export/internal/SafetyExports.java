package org.latitude.export.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.HashSet;
import java.util.function.Predicate;
import org.latitude.annotation.SafetyAnnotation;
import org.latitude.annotation.SafetyAnswer;
import org.latitude.annotation.Verdict;
import org.latitude.dataset.Item;
import org.latitude.judge.SafetyJudgment;
import org.latitude.judge.SafetyVerdict;
import org.latitude.shared.ItemId;
import org.latitude.shared.UserId;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;

/** The exports of a safety-label campaign (docs/formats.md, "Exports"). */
@Component
public class SafetyExports {

    private static final List<String> LONG_COLUMNS = List.of("item_id", "rater", "rater_kind", "prompt_verdict",
            "response_verdict", "categories", "confidence", "rationale", "time_spent_ms", "version", "updated_at");

    /** The long form's columns, in order. */
    public static List<String> longColumns() {
        return LONG_COLUMNS;
    }

    private final CampaignSource source;

    SafetyExports(CampaignSource source) {
        this.source = source;
    }

    /** Counts of a consensus file: items written, annotations read, distinct annotators among them. */
    public record Written(long items, long annotations, int annotators) {
    }

    /** One Aegis 2.0 line per annotated item, in item order; {@code keep} selects items by exported id. */
    public Written consensus(ExportContext ctx, Writer out, Predicate<String> keep) throws IOException {
        JsonLines lines = new JsonLines(out);
        Set<UserId> annotators = new HashSet<>();
        long read = ItemGroups.stream(source.safety(ctx.campaign().id()), SafetyAnnotation::itemId, CampaignSource.PAGE,
                groups -> {
                    groups.forEach(g -> g.forEach(a -> annotators.add(a.annotatorId())));
                    Map<ItemId, Item> items = source.items(CampaignSource.itemIds(groups, SafetyAnnotation::itemId));
                    for (List<SafetyAnnotation> group : groups) {
                        Item item = items.get(group.getFirst().itemId());
                        if (item == null || !keep.test(item.externalId())) {
                            continue;
                        }
                        SafetyConsensus c = SafetyConsensus.of(group.stream().map(SafetyAnnotation::answer).toList(),
                                ctx.campaign().settings().needsCautionPolicy(), ctx::categoryName);
                        aegisLine(lines, item, c);
                    }
                });
        lines.finish();
        return new Written(lines.lines(), read, annotators.size());
    }

    private static void aegisLine(JsonLines lines, Item item, SafetyConsensus c) {
        JsonGenerator json = lines.begin();
        json.writeStringProperty("id", item.externalId());
        lines.text("prompt", item.prompt().orElse(""));
        lines.text("response", item.response().orElse(null));
        lines.text("prompt_label", c.promptLabel());
        lines.text("response_label", c.responseLabel());
        json.writeStringProperty("violated_categories", c.violatedCategoriesText());
        json.writeStringProperty("prompt_label_source", "human");
        lines.text("response_label_source", c.responseLabel() == null ? null : "human");
        json.writeNumberProperty("num_annotations", c.annotations());
        json.writeArrayPropertyStart("violated_category_counts");
        for (int n : c.categoryCounts()) {
            json.writeNumber(n);
        }
        json.writeEndArray();
        lines.end();
    }

    /** One row per item × annotator (item order), then one per model judgment (rater, then item order). */
    public long longForm(ExportContext ctx, LongForm form) throws IOException {
        ItemGroups.stream(source.safety(ctx.campaign().id()), SafetyAnnotation::itemId, CampaignSource.PAGE, groups -> {
            Map<ItemId, String> ids = source.externalIds(CampaignSource.itemIds(groups, SafetyAnnotation::itemId));
            for (List<SafetyAnnotation> group : groups) {
                for (SafetyAnnotation a : group) {
                    SafetyAnswer answer = a.answer();
                    form.row(ids.getOrDefault(a.itemId(), "#" + a.itemId().value()), ctx.annotator(a.annotatorId()),
                            "human", verdict(answer.promptVerdict()), verdict(answer.responseVerdict()),
                            answer.categories(), answer.confidence(), answer.rationale(), a.timeSpentMs(),
                            a.version(), a.updatedAt() == null ? null : a.updatedAt().toString());
                }
            }
        });
        ModelRows.write(source, ctx.campaign().id(), ctx.raters(), (rater, judgment, externalId) -> {
            if (judgment instanceof SafetyJudgment j) {
                List<String> categories = new ArrayList<>(j.categories());
                categories.sort(null);
                form.row(externalId, rater.label(), "model", model(j.promptVerdict()), model(j.responseVerdict()),
                        categories, null, null, null, null, null);
            }
        });
        form.finish();
        return form.rows();
    }

    static String verdict(Verdict v) {
        return v == null ? null : v.name().toLowerCase(Locale.ROOT);
    }

    private static String model(Optional<SafetyVerdict> v) {
        return v.map(x -> x.name().toLowerCase(Locale.ROOT)).orElse(null);
    }
}
