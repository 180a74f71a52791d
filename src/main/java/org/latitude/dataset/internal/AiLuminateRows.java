package org.latitude.dataset.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.latitude.dataset.ItemKind;
import org.latitude.dataset.ReferenceLabel;
import org.latitude.dataset.Turn;
import org.latitude.dataset.TurnRole;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * MLCommons AILuminate prompt sets (CSV {@code release_prompt_id, prompt_text, hazard, persona, locale, prompt_hash}):
 * a prompt-only exchange per record, its id the {@code release_prompt_id}. The {@code hazard} code ({@code vcr},
 * {@code spc_hlt}, …) is resolved through the aliases of the stored AILuminate taxonomy and kept as the
 * {@code category} label of the reference judgment {@value #JUDGMENT}; an unknown code is a problem of its line.
 * {@code persona}, {@code locale}, {@code prompt_hash} and any other column become metadata.
 */
final class AiLuminateRows implements RowMapper {

    static final String JUDGMENT = "mlcommons-ailuminate-1.0";
    static final Set<String> REQUIRED = Set.of("release_prompt_id", "prompt_text", "hazard");
    private static final Set<String> USED = Set.of("id", "release_prompt_id", "prompt_text", "hazard");

    private final JsonMapper json;
    private final CategoryResolver categories;

    AiLuminateRows(JsonMapper json, CategoryResolver categories) {
        this.json = json;
        this.categories = categories;
    }

    @Override
    public ParsedItem map(long line, ObjectNode row, List<String> problems) {
        RowFields f = new RowFields(row, problems);
        String id = f.has("id") ? f.id(null) : releaseId(row, f);
        String prompt = f.content("prompt_text");
        String hazard = f.label("hazard");
        ReferenceLabel label = null;
        if (hazard == null || hazard.isBlank()) {
            f.problem("empty 'hazard'");
        } else {
            var match = categories.resolve(hazard.strip());
            if (match.isEmpty()) {
                f.problem("unknown AILuminate hazard code '" + RowFields.shorten(hazard) + "' in 'hazard'");
            } else {
                label = new ReferenceLabel(JUDGMENT, match.get().field(), match.get().key());
            }
        }
        // under a generated id rule the release id is the file's own id, kept beside the generated one
        String metadata = f.metadata(json, f.has("id") ? Set.of("id", "prompt_text", "hazard") : USED, Map.of());
        if (!problems.isEmpty()) {
            return null;
        }
        return new ParsedItem(line, id, ItemKind.EXCHANGE, List.of(new Turn(TurnRole.USER, prompt)), null, null,
                metadata, List.of(label));
    }

    private static String releaseId(ObjectNode row, RowFields f) {
        ObjectNode idOnly = row.objectNode();
        idOnly.set("id", row.get("release_prompt_id"));
        List<String> idProblems = new ArrayList<>();
        String id = new RowFields(idOnly, idProblems).id(null);
        idProblems.forEach(p -> f.problem(p.replace("'id'", "'release_prompt_id'")));
        return id;
    }
}
