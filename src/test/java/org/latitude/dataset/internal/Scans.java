package org.latitude.dataset.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.latitude.dataset.IdRule;
import org.latitude.dataset.ImportFormat;
import org.latitude.dataset.ImportLimits;
import org.latitude.dataset.ImportProblem;
import org.latitude.dataset.ImportSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Runs the checking pass of an import over text or bytes, without a database, and keeps what it accepted. */
final class Scans {

    /** Resolves a few Aegis names the way the stored taxonomy does (for tests that need no database). */
    static final CategoryResolver AEGIS = name -> switch (name.toLowerCase()) {
        case "violence" -> Optional.of(new CategoryResolver.Match("category", "violence"));
        case "hate/identity hate" -> Optional.of(new CategoryResolver.Match("category", "hate_identity_hate"));
        case "needs caution" -> Optional.of(new CategoryResolver.Match("label", "needs_caution"));
        default -> Optional.empty();
    };

    record Outcome(DatasetScan.Result result, List<ParsedItem> items) {
        List<ImportProblem> problems() {
            return result.problems();
        }

        ParsedItem item(int index) {
            return items.get(index);
        }
    }

    private Scans() {
    }

    static Outcome scan(ImportFormat format, String text) {
        return scan(format, text.getBytes(StandardCharsets.UTF_8), ImportLimits.defaults());
    }

    static Outcome scan(ImportFormat format, byte[] bytes, ImportLimits limits) {
        return scan(format, ImportSource.of(bytes), limits);
    }

    /** Resolves the keys and aliases (ignoring case) of a bundled taxonomy preset, as the stored taxonomy does. */
    static CategoryResolver seedTaxonomy(String fileName) {
        try (InputStream in = Scans.class.getResourceAsStream("/seed-data/taxonomies/" + fileName)) {
            JsonNode root = JsonMapper.builder().build().readTree(in);
            Map<String, CategoryResolver.Match> names = new HashMap<>();
            root.get("categories").forEach(c -> {
                var match = new CategoryResolver.Match("category", c.get("key").asString());
                names.put(c.get("key").asString().toLowerCase(Locale.ROOT), match);
                c.get("aliases").forEach(a -> names.put(a.asString().toLowerCase(Locale.ROOT), match));
            });
            return name -> Optional.ofNullable(names.get(name.toLowerCase(Locale.ROOT)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final CategoryResolver OPENAI = seedTaxonomy("openai-moderation.json");
    static final CategoryResolver AILUMINATE = seedTaxonomy("mlcommons-ailuminate-1.0.json");

    static Outcome scan(ImportFormat format, ImportSource source, ImportLimits limits) {
        return scan(format, source, limits, null);
    }

    /** The checking pass with an id rule ({@code null}: automatic). */
    static Outcome scan(ImportFormat format, String text, IdRule ids) {
        return scan(format, ImportSource.of(text.getBytes(StandardCharsets.UTF_8)), ImportLimits.defaults(), ids);
    }

    static Outcome scan(ImportFormat format, ImportSource source, ImportLimits limits, IdRule ids) {
        JsonMapper json = JsonRows.mapper(limits);
        RowMapper mapper = switch (format) {
            case GENERIC_JSONL -> new GenericRows(json, false);
            case CSV -> new GenericRows(json, true);
            case AEGIS_JSON, AEGIS_JSONL -> new AegisRows(json, AEGIS);
            case HH_RLHF_JSONL -> new HhRlhfRows(json);
            case PKU_SAFERLHF_JSONL -> new PkuSafeRlhfRows(json);
            case OPENAI_MODERATION_JSONL -> new OpenAiModerationRows(json, OPENAI);
            case AILUMINATE_CSV -> new AiLuminateRows(json, AILUMINATE);
        };
        List<ParsedItem> items = new ArrayList<>();
        DatasetScan.Result result = new DatasetScan(limits, json).run(source, format, mapper, items::add, true,
                ids, null, (bytesRead, lines, n) -> { });
        return new Outcome(result, items);
    }

    /** JSON Lines from rows written with single quotes for readability. */
    static String lines(String... rows) {
        return String.join("\n", rows).replace('\'', '"') + "\n";
    }
}
