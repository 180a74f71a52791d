package org.latitude.export.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.latitude.annotation.PairwiseAnnotation;
import org.latitude.annotation.Preference;
import org.latitude.assignment.ShownOrder;
import org.latitude.dataset.Item;
import org.latitude.dataset.Turn;
import org.latitude.judge.PairPreference;
import org.latitude.judge.PairwiseJudgment;
import org.latitude.shared.ItemId;
import org.latitude.shared.UserId;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;

/** The exports of a pairwise-preference campaign (docs/formats.md, "Exports"). */
@Component
public class PairwiseExports {

    private static final List<String> LONG_COLUMNS = List.of("item_id", "rater", "rater_kind", "form", "preference",
            "shown_order", "p_a", "p_b", "p_tie", "score_a", "score_b", "rationale", "time_spent_ms", "version",
            "updated_at");

    /** The long form's columns, in order. */
    public static List<String> longColumns() {
        return LONG_COLUMNS;
    }

    private final CampaignSource source;

    PairwiseExports(CampaignSource source) {
        this.source = source;
    }

    /** One line per annotated pair: its texts, the votes and the consensus, in item order. */
    public SafetyExports.Written consensus(ExportContext ctx, Writer out, Predicate<String> keep) throws IOException {
        JsonLines lines = new JsonLines(out);
        Set<UserId> annotators = new HashSet<>();
        long read = ItemGroups.stream(source.pairwise(ctx.campaign().id()), PairwiseAnnotation::itemId,
                CampaignSource.PAGE, groups -> {
                    groups.forEach(g -> g.forEach(a -> annotators.add(a.annotatorId())));
                    Map<ItemId, Item> items = source.items(CampaignSource.itemIds(groups, PairwiseAnnotation::itemId));
                    for (List<PairwiseAnnotation> group : groups) {
                        Item item = items.get(group.getFirst().itemId());
                        if (item == null || !keep.test(item.externalId())) {
                            continue;
                        }
                        line(lines, item, PreferenceConsensus.of(group.stream().map(PairwiseAnnotation::answer)
                                .toList()));
                    }
                });
        lines.finish();
        return new SafetyExports.Written(lines.lines(), read, annotators.size());
    }

    private static void line(JsonLines lines, Item item, PreferenceConsensus c) {
        JsonGenerator json = lines.begin();
        json.writeStringProperty("id", item.externalId());
        lines.text("prompt", item.prompt().orElse(""));
        json.writeArrayPropertyStart("context");
        for (Turn t : item.turns()) {
            json.writeStartObject();
            json.writeStringProperty("role", t.role().name().toLowerCase(java.util.Locale.ROOT));
            json.writeStringProperty("content", t.content());
            json.writeEndObject();
        }
        json.writeEndArray();
        lines.text("response_a", item.responseA());
        lines.text("response_b", item.responseB());
        json.writeStringProperty("preference", c.preference());
        lines.text("chosen", switch (c.preference()) {
            case "A" -> item.responseA();
            case "B" -> item.responseB();
            default -> null;
        });
        lines.text("rejected", switch (c.preference()) {
            case "A" -> item.responseB();
            case "B" -> item.responseA();
            default -> null;
        });
        json.writeNumberProperty("votes_a", c.a());
        json.writeNumberProperty("votes_b", c.b());
        json.writeNumberProperty("votes_tie", c.tie());
        json.writeNumberProperty("num_annotations", c.annotations());
        json.writeNumberProperty("agreement", Math.round(c.agreement() * 10_000) / 10_000.0);
        lines.end();
    }

    /** One row per pair × annotator (item order), then one per model judgment (rater, then item order). */
    public long longForm(ExportContext ctx, LongForm form) throws IOException {
        ItemGroups.stream(source.pairwise(ctx.campaign().id()), PairwiseAnnotation::itemId, CampaignSource.PAGE,
                groups -> {
                    Map<ItemId, String> ids = source.externalIds(CampaignSource.itemIds(groups,
                            PairwiseAnnotation::itemId));
                    for (List<PairwiseAnnotation> group : groups) {
                        for (PairwiseAnnotation a : group) {
                            form.row(ids.getOrDefault(a.itemId(), "#" + a.itemId().value()),
                                    ctx.annotator(a.annotatorId()), "human", "choice",
                                    preference(a.answer().preference()), order(a.shownOrder()), null, null, null,
                                    null, null, a.answer().rationale(), a.timeSpentMs(), a.version(),
                                    a.updatedAt() == null ? null : a.updatedAt().toString());
                        }
                    }
                });
        ModelRows.write(source, ctx.campaign().id(), ctx.raters(), (rater, judgment, id) -> {
            String name = rater.label();
            switch (judgment) {
                case PairwiseJudgment.Choice c -> form.row(id, name, "model", "choice", preference(c.preference()),
                        c.order().name(), null, null, null, null, null, null, null, null, null);
                case PairwiseJudgment.Probabilities p -> form.row(id, name, "model", "probabilities", null,
                        p.order().name(), p.a(), p.b(), p.tie().isPresent() ? p.tie().getAsDouble() : null, null,
                        null, null, null, null, null);
                case PairwiseJudgment.Rewards r -> form.row(id, name, "model", "rewards", null, null, null, null,
                        null, r.a(), r.b(), null, null, null, null);
                case PairwiseJudgment.LogLikelihoods l -> form.row(id, name, "model", "log_likelihoods", null, null,
                        null, null, null, l.a(), l.b(), null, null, null, null);
                default -> {
                    // principle-specific judgments belong to the discretion files of the report, not here
                }
            }
        });
        form.finish();
        return form.rows();
    }

    private static String preference(Preference p) {
        return p == null ? null : p == Preference.TIE ? "tie" : p.name();
    }

    private static String preference(PairPreference p) {
        return p == null ? null : p == PairPreference.TIE ? "tie" : p.name();
    }

    private static String order(ShownOrder order) {
        return order == null ? null : order == ShownOrder.A_LEFT ? "AB" : "BA";
    }
}
