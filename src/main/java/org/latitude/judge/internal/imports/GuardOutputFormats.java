package org.latitude.judge.internal.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.latitude.judge.SafetyVerdict;
import org.latitude.judge.internal.answer.CategoryNames;
import org.latitude.judge.internal.answer.LlamaGuardText;
import org.latitude.judge.internal.imports.Rows.Entry;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The output formats of guard models: Aegis / NemoGuard JSON and Llama Guard text. */
final class GuardOutputFormats {

    private GuardOutputFormats() {
    }

    /**
     * NemoGuard content-safety JSON: {@code "User Safety"}, optional {@code "Response Safety"} and
     * {@code "Safety Categories"} (comma-separated names), at the top level of the row next to {@code id}, or inside
     * {@code output} as an object or as the JSON text the model produced.
     */
    static final class NemoGuard extends RowFormat {
        private static final JsonMapper JSON = JsonMapper.builder().build();
        private static final Set<String> FIELDS = Set.of("id", "item_id", "output", "User Safety", "Response Safety",
                "Safety Categories");
        private final GenericSafetyFormat categories;

        NemoGuard(CategoryNames names) {
            super(FIELDS, "id", "item_id");
            this.categories = new GenericSafetyFormat(names);
        }

        @Override
        void read(Fields row, Start start, ImportContext ctx, Rows out) {
            long line = start.line();
            long before = start.problemsBefore();
            long item = start.item();
            JsonNode guard = ((Fields.Json) row).node();
            if (guard.has("output")) {
                JsonNode output = guard.get("output");
                try {
                    guard = output.isString() ? JSON.readTree(output.asString()) : output;
                } catch (JacksonException e) {
                    ctx.problem(line, "output is not the guard's JSON object");
                    return;
                }
            }
            if (guard == null || !guard.isObject() || !guard.has("User Safety")) {
                ctx.problem(line, "\"User Safety\" is missing");
                return;
            }
            SafetyVerdict prompt = Values.verdict(text(guard, "User Safety"), "User Safety", false, line, ctx);
            SafetyVerdict response = guard.has("Response Safety")
                    ? Values.verdict(text(guard, "Response Safety"), "Response Safety", true, line, ctx) : null;
            String named = text(guard, "Safety Categories");
            List<String> names = named == null ? List.of()
                    : List.of(named.split(",")).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
            Map<String, Entry> entries = categories.entries(names, line, ctx);
            if (item >= 0 && ctx.problems().count() == before && ctx.firstTime(item, 0, line, "this item")) {
                out.safety.add(new Rows.Safety(line, item, prompt, response, null, null,
                        new ArrayList<>(entries.values())));
            }
        }

        private static String text(JsonNode node, String field) {
            JsonNode v = node.get(field);
            return v == null || v.isNull() ? null : v.asString();
        }
    }

    /**
     * Llama Guard text per row: {@code id}, {@code target} ({@code prompt} or {@code response}: which turn was
     * judged), {@code output} ({@code safe}, or {@code unsafe} and a line of codes) and optional {@code p_unsafe}.
     * The rows of one item (one per target) become one judgment; codes resolve through the taxonomy's aliases.
     */
    static final class LlamaGuard extends RowFormat {
        private static final Set<String> FIELDS = Set.of("id", "item_id", "target", "output", "p_unsafe");
        private final CategoryNames names;
        private final Map<Long, Rows.Safety> byItem = new LinkedHashMap<>();
        private final Map<Long, Long> firstLine = new HashMap<>();

        LlamaGuard(CategoryNames names) {
            super(FIELDS, "id", "item_id");
            this.names = names;
        }

        @Override
        void read(Fields row, Start start, ImportContext ctx, Rows out) {
            long line = start.line();
            long before = start.problemsBefore();
            long item = start.item();
            String target = row.text("target") == null ? "" : row.text("target").strip().toLowerCase(Locale.ROOT);
            boolean prompt = target.equals("prompt");
            if (!prompt && !target.equals("response")) {
                ctx.problem(line, "target is '" + Values.quote(row.text("target")) + "'; expected prompt or response");
                return;
            }
            Double p = Values.optionalProbability(row.text("p_unsafe"), "p_unsafe", line, ctx);
            LlamaGuardText.Reading reading = LlamaGuardText.read(row.text("output"), names::resolve);
            if (reading instanceof LlamaGuardText.Unreadable u) {
                ctx.problem(line, "output is not Llama Guard output (" + u.reason() + "): '"
                        + Values.quote(row.text("output")) + "'");
                return;
            }
            LlamaGuardText.Verdict v = (LlamaGuardText.Verdict) reading;
            if (item < 0 || ctx.problems().count() != before
                    || !ctx.firstTime(item, prompt ? 1 : 2, line, "the " + target + " of this item")) {
                return;
            }
            Rows.Safety earlier = byItem.get(item);
            List<Entry> entries = new ArrayList<>(earlier == null ? List.of() : earlier.entries());
            v.entries().stream().filter(e -> entries.stream().noneMatch(x -> x.key().equals(e.key())))
                    .forEach(entries::add);
            firstLine.putIfAbsent(item, line);
            byItem.put(item, new Rows.Safety(firstLine.get(item), item,
                    prompt ? v.verdict() : earlier == null ? null : earlier.prompt(),
                    prompt ? (earlier == null ? null : earlier.response()) : v.verdict(),
                    prompt ? p : earlier == null ? null : earlier.pPrompt(),
                    prompt ? (earlier == null ? null : earlier.pResponse()) : p, entries));
        }

        @Override
        void finish(ImportContext ctx, Rows out) {
            out.safety.addAll(byItem.values());
        }
    }
}
