package org.latitude.dataset.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.latitude.dataset.ItemKind;
import org.latitude.dataset.ReferenceLabel;
import org.latitude.dataset.Turn;
import org.latitude.dataset.TurnRole;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * HH-RLHF rows ({@code {"chosen": transcript, "rejected": transcript}}, Bai et al. 2022) as pairs. A transcript is text
 * whose turns start with {@code "\n\nHuman:"} or {@code "\n\nAssistant:"}. As in the alignment-discretion loader
 * (Buyl et al. 2025's code release; docs/formats.md), the prompt is the text before the last {@code "\n\nAssistant:"} and each response
 * is what follows it: the context is that shared prefix (parsed into turns), A = the chosen response and B = the
 * rejected one, recorded in metadata and as the reference judgment {@code hh-rlhf: preferred = A}.
 *
 * <p>In a few rows one response itself contains {@code "\n\nAssistant:"} (5 of the 2,312 harmless-base test rows), so
 * the last marker of the two transcripts differ; the split is then at the last marker both transcripts share, and the
 * metadata says so. The id is the row's {@code id} if it has one, else its 0-based line index — the {@code row_id} of
 * the alignment-discretion CSV files. An empty response is kept (the assistant said nothing; 4 rows of that split).
 */
final class HhRlhfRows implements RowMapper {

    static final String JUDGMENT = "hh-rlhf";
    private static final String ASSISTANT = "\n\nAssistant:";
    private static final Pattern TURN = Pattern.compile("\n\n(Human|Assistant):");
    private static final Set<String> USED = Set.of("id", "chosen", "rejected");

    private final JsonMapper json;

    HhRlhfRows(JsonMapper json) {
        this.json = json;
    }

    @Override
    public ParsedItem map(long line, ObjectNode row, List<String> problems) {
        RowFields f = new RowFields(row, problems);
        String id = f.id(Long.toString(line - 1));
        String chosen = f.content("chosen");
        String rejected = f.content("rejected");
        if (chosen == null || rejected == null) {
            return null;
        }
        int split = sharedSplit(chosen, rejected);
        if (split < 0) {
            f.problem("'chosen' and 'rejected' share no \"\\n\\nAssistant:\" turn to split at");
            return null;
        }
        List<Turn> context = turns(chosen.substring(0, split), f);
        Map<String, String> notes = new LinkedHashMap<>();
        notes.put("response_a", "chosen");
        notes.put("response_b", "rejected");
        notes.put("split", split == chosen.lastIndexOf(ASSISTANT) && split == rejected.lastIndexOf(ASSISTANT)
                ? "last \\n\\nAssistant:" : "last \\n\\nAssistant: shared by both transcripts (a response contains "
                + "another one)");
        String metadata = f.metadata(json, USED, notes);
        if (!problems.isEmpty()) {
            return null;
        }
        return new ParsedItem(line, id, ItemKind.PAIR, context, response(chosen, split), response(rejected, split),
                metadata, List.of(new ReferenceLabel(JUDGMENT, "preferred", "A")));
    }

    /** The last "\n\nAssistant:" of {@code chosen} that {@code rejected} shares with everything before it, or -1. */
    static int sharedSplit(String chosen, String rejected) {
        int common = 0;
        int max = Math.min(chosen.length(), rejected.length());
        while (common < max && chosen.charAt(common) == rejected.charAt(common)) {
            common++;
        }
        int at = chosen.lastIndexOf(ASSISTANT);
        while (at >= 0 && at + ASSISTANT.length() > common) {
            at = at == 0 ? -1 : chosen.lastIndexOf(ASSISTANT, at - 1);
        }
        return at;
    }

    private static String response(String transcript, int split) {
        String text = transcript.substring(split + ASSISTANT.length());
        return text.startsWith(" ") ? text.substring(1) : text;
    }

    /** The context's turns; each starts with "\n\nHuman:" or "\n\nAssistant:" and one space. */
    private static List<Turn> turns(String context, RowFields f) {
        List<Turn> turns = new ArrayList<>();
        Matcher m = TURN.matcher(context);
        if (!m.find() || m.start() != 0) {
            f.problem("the transcript must start with \"\\n\\nHuman:\"");
            return turns;
        }
        while (true) {
            TurnRole role = "Human".equals(m.group(1)) ? TurnRole.USER : TurnRole.ASSISTANT;
            int start = m.end();
            boolean more = m.find();
            String text = context.substring(start, more ? m.start() : context.length());
            turns.add(new Turn(role, text.startsWith(" ") ? text.substring(1) : text));
            if (!more) {
                return turns;
            }
        }
    }
}
