package org.latitude.dataset.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.latitude.dataset.IdRule;
import org.latitude.dataset.ImportFormat;
import org.latitude.dataset.ImportLimits;
import org.latitude.dataset.ImportProblem;
import org.latitude.dataset.ImportSource;
import org.latitude.dataset.ItemKind;
import org.latitude.dataset.ProblemGroup;
import org.latitude.textio.DigestingInput;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One streaming pass over a file: reads each row, maps it, checks ids for duplicates and the item limit, and hands
 * every valid item to a sink (nothing for the checking pass, the database writer for the storing pass). Memory is
 * bounded by one row plus the set of ids seen.
 */
final class DatasetScan {

    /** Receives each valid item of the pass. */
    interface ItemSink {
        void accept(ParsedItem item);
    }

    /** Told every {@value #PROGRESS_EVERY} rows and at the end: bytes read, lines read, items accepted. */
    interface Progress {
        void at(long bytes, long lines, long items);
    }

    record Result(List<ImportProblem> problems, List<ProblemGroup> groups, long problemCount, long lines,
                  long exchanges, long pairs, String sha256, IdRule ids, long duplicatesSkipped) {
        boolean ok() {
            return problemCount == 0;
        }
    }

    static final int PROGRESS_EVERY = 1000;

    private final ImportLimits limits;
    private final JsonMapper json;

    DatasetScan(ImportLimits limits, JsonMapper json) {
        this.limits = limits;
        this.json = json;
    }

    /** A checking pass with ids chosen automatically (see {@link #run(ImportSource, ImportFormat, RowMapper, ItemSink,
     * boolean, IdRule, String, Progress)}). */
    Result run(ImportSource source, ImportFormat format, RowMapper mapper, ItemSink sink, boolean checkIds,
               Progress progress) {
        return run(source, format, mapper, sink, checkIds, null, null, progress);
    }

    /**
     * {@code checkIds}: remember every id to report duplicates (the checking pass). {@code ids}: the rule, or null to
     * choose it from the format and the first row ({@link #automatic}); {@code fileHash}: the file's SHA-256 when
     * known (the storing pass), for {@link IdRule#SOURCE_LINE} ids.
     */
    Result run(ImportSource source, ImportFormat format, RowMapper mapper, ItemSink sink, boolean checkIds,
               IdRule ids, String fileHash, Progress progress) {
        Pass pass = new Pass(format, mapper, sink, checkIds, ids, fileHash);
        try (DigestingInput in = new DigestingInput(source.open()); RowSource rows = open(format, in)) {
            SourceRow row;
            long seen = 0;
            while ((row = rows.next()) != null) {
                if (++seen % PROGRESS_EVERY == 0) {
                    progress.at(in.count(), rows.linesRead(), pass.items());
                }
                if (!pass.accept(row)) {
                    break;
                }
            }
            if (rows.fileProblem() != null) {
                pass.problems.file(rows.fileProblem());
            }
            if (seen == 0 && pass.problems.isEmpty()) {
                pass.problems.file("the file holds no items");
            }
            progress.at(in.count(), rows.linesRead(), pass.items());
            if (pass.problems.isEmpty()) {
                drain(in);
            }
            return new Result(pass.problems.listed(), pass.problems.groups(), pass.problems.count(), rows.linesRead(),
                    pass.kinds[ItemKind.EXCHANGE.ordinal()], pass.kinds[ItemKind.PAIR.ordinal()], in.sha256(),
                    pass.rule(), pass.duplicates);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private RowSource open(ImportFormat format, InputStream in) throws IOException {
        return switch (format) {
            case AEGIS_JSON -> new JsonArraySource(in, limits, json);
            case CSV -> new CsvSource(in, limits, json);
            case AILUMINATE_CSV -> new CsvSource(in, limits, json, (names, found) -> names.containsAll(
                    AiLuminateRows.REQUIRED) ? null : "header: an AILuminate prompt set needs the columns "
                    + "release_prompt_id,prompt_text,hazard (persona,locale,prompt_hash are kept as metadata); found "
                    + found);
            default -> new JsonLinesSource(in, limits, json);
        };
    }

    /** Reads what is left after the last row, so both passes hash the same bytes (bounded by the file limit). */
    private void drain(DigestingInput in) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        while (in.count() <= limits.maxFileBytes() && in.read(buffer) >= 0) {
            // only hashing
        }
    }

    /**
     * The ids of a file whose request did not choose: a format without ids (OpenAI moderation) gets file hash + line;
     * a generic file (JSONL or CSV) gets its own ids when its first row has an {@code id}, else file hash + line; every
     * other format uses its own ids (or its documented fallback, e.g. HH-RLHF's line index).
     */
    static IdRule automatic(ImportFormat format, ObjectNode firstRow) {
        return switch (format) {
            case OPENAI_MODERATION_JSONL -> IdRule.SOURCE_LINE;
            case GENERIC_JSONL, CSV -> firstRow.has("id") ? IdRule.FROM_FILE : IdRule.SOURCE_LINE;
            default -> IdRule.FROM_FILE;
        };
    }

    /** The state of one pass: problems, ids seen, items per kind. */
    private final class Pass {
        private final ImportFormat format;
        private final RowMapper mapper;
        private final ItemSink sink;
        private final boolean checkIds;
        private final String fileHash;
        private Map<String, Long> ids;
        private GeneratedIds generated;
        private IdRule rule;
        private long duplicates;
        private final ProblemLog problems = new ProblemLog();
        private final List<String> rowProblems = new ArrayList<>();
        private final long[] kinds = new long[ItemKind.values().length];

        Pass(ImportFormat format, RowMapper mapper, ItemSink sink, boolean checkIds, IdRule rule, String fileHash) {
            this.format = format;
            this.mapper = mapper;
            this.sink = sink;
            this.checkIds = checkIds;
            this.fileHash = fileHash;
            if (rule != null) {
                choose(rule);
            }
        }

        IdRule rule() {
            return rule == null ? IdRule.FROM_FILE : rule;
        }

        private void choose(IdRule chosen) {
            rule = chosen;
            generated = chosen == IdRule.FROM_FILE ? null : new GeneratedIds(chosen, fileHash);
            // file + line ids cannot repeat; content ids must be remembered in both passes to leave repeats out
            boolean remember = chosen == IdRule.CONTENT_HASH || checkIds && chosen == IdRule.FROM_FILE;
            ids = remember ? new HashMap<>() : null;
        }

        long items() {
            return kinds[0] + kinds[1];
        }

        /** Handles one row; false when the rest of the file must not be read. */
        boolean accept(SourceRow row) {
            if (row.problem() != null) {
                problems.line(row.line(), row.problem());
                return !row.fatal();
            }
            rowProblems.clear();
            if (rule == null) {
                choose(automatic(format, row.object()));
            }
            if (generated != null) {
                String problem = generated.prepare(row.line(), row.object());
                if (problem != null) {
                    problems.line(row.line(), problem);
                    return true;
                }
            }
            ParsedItem item = mapper.map(row.line(), row.object(), rowProblems);
            if (item != null && generated != null) {
                item = generated.finish(item);
            }
            if (item != null && rule == IdRule.CONTENT_HASH && rowProblems.isEmpty()
                    && ids.putIfAbsent(item.externalId(), row.line()) != null) {
                duplicates++;
                return true;
            }
            if (item != null && ids != null && rule != IdRule.CONTENT_HASH) {
                Long first = ids.putIfAbsent(item.externalId(), row.line());
                if (first != null) {
                    rowProblems.add("duplicate id '" + RowFields.shorten(item.externalId())
                            + "' (first used on line " + first + ")");
                }
            }
            if (item == null || !rowProblems.isEmpty()) {
                rowProblems.forEach(p -> problems.line(row.line(), p));
                return true;
            }
            if (items() >= limits.maxItems()) {
                problems.line(row.line(), "more than " + limits.maxItems()
                        + " items (limit latitude.import.max-items); the rest of the file was not checked");
                return false;
            }
            kinds[item.kind().ordinal()]++;
            sink.accept(item);
            return true;
        }
    }
}
