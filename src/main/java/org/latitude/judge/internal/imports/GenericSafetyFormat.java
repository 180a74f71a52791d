package org.latitude.judge.internal.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.latitude.judge.SafetyVerdict;
import org.latitude.judge.internal.answer.CategoryNames;
import org.latitude.judge.internal.imports.Rows.Entry;

/**
 * Latitude's generic safety judgment format (JSONL or CSV): {@code item_id}, {@code prompt_verdict},
 * {@code response_verdict}, {@code categories} (names, keys or aliases of the campaign's taxonomy),
 * {@code p_prompt_unsafe}, {@code p_response_unsafe} and (JSONL) {@code category_scores}.
 */
final class GenericSafetyFormat extends RowFormat {
    private static final Set<String> FIELDS = Set.of("item_id", "prompt_verdict", "response_verdict", "categories",
            "p_prompt_unsafe", "p_response_unsafe", "category_scores");

    private final CategoryNames names;

    GenericSafetyFormat(CategoryNames names) {
        super(FIELDS, "item_id");
        this.names = names;
    }

    @Override
    void read(Fields row, Start start, ImportContext ctx, Rows out) {
        long line = start.line();
        long before = start.problemsBefore();
        long item = start.item();
        String promptText = row.text("prompt_verdict");
        String responseText = row.text("response_verdict");
        if (promptText == null && responseText == null) {
            ctx.problem(line, "neither prompt_verdict nor response_verdict is given");
        }
        SafetyVerdict prompt = promptText == null ? null : Values.verdict(promptText, "prompt_verdict", false, line, ctx);
        SafetyVerdict response = responseText == null ? null
                : Values.verdict(responseText, "response_verdict", true, line, ctx);
        Double pPrompt = Values.optionalProbability(row.text("p_prompt_unsafe"), "p_prompt_unsafe", line, ctx);
        Double pResponse = Values.optionalProbability(row.text("p_response_unsafe"), "p_response_unsafe", line, ctx);
        Map<String, Entry> entries = entries(row.list("categories"), line, ctx);
        for (Map.Entry<String, String> score : row.scores("category_scores").entrySet()) {
            Optional<Entry> e = names.resolve(score.getKey());
            double value = Values.number(score.getValue(), "the score of '" + Values.quote(score.getKey()) + "'",
                    line, ctx);
            if (e.isEmpty()) {
                ctx.problem(line, "category_scores names '" + Values.quote(score.getKey()) + "', not a category of "
                        + names.taxonomyName());
            } else if (!Double.isNaN(value)) {
                Entry named = entries.get(e.get().key());
                entries.put(e.get().key(), new Entry(e.get().label(), e.get().key(), named != null, value));
            }
        }
        if (item >= 0 && ctx.problems().count() == before && ctx.firstTime(item, 0, line, "this item")) {
            out.safety.add(new Rows.Safety(line, item, prompt, response, pPrompt, pResponse,
                    new ArrayList<>(entries.values())));
        }
    }

    /** Resolves category names; an unknown name is a problem of the line. */
    Map<String, Entry> entries(List<String> given, long line, ImportContext ctx) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (String name : given) {
            Optional<Entry> e = names.resolve(name);
            if (e.isEmpty()) {
                ctx.problem(line, "'" + Values.quote(name) + "' is not a category of " + names.taxonomyName());
            } else {
                entries.putIfAbsent(e.get().key(), e.get());
            }
        }
        return entries;
    }
}
