package org.latitude.dataset.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.latitude.dataset.ImportFormat;
import org.latitude.dataset.ImportLimits;
import org.latitude.dataset.ImportProblem;
import org.latitude.dataset.ImportSource;
import org.latitude.dataset.ItemKind;
import tools.jackson.databind.json.JsonMapper;

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

    record Result(List<ImportProblem> problems, long problemCount, long lines, long exchanges, long pairs,
                  String sha256) {
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

    /** {@code checkIds}: remember every id to report duplicates (the checking pass). */
    Result run(ImportSource source, ImportFormat format, RowMapper mapper, ItemSink sink, boolean checkIds,
               Progress progress) {
        ProblemLog problems = new ProblemLog();
        Map<String, Long> ids = checkIds ? new HashMap<>() : null;
        long[] kinds = new long[ItemKind.values().length];
        List<String> rowProblems = new ArrayList<>();
        try (MeteredInput in = new MeteredInput(source.open()); RowSource rows = open(format, in)) {
            SourceRow row;
            long seen = 0;
            while ((row = rows.next()) != null) {
                if (++seen % PROGRESS_EVERY == 0) {
                    progress.at(in.count(), rows.linesRead(), kinds[0] + kinds[1]);
                }
                if (row.problem() != null) {
                    problems.line(row.line(), row.problem());
                    if (row.fatal()) {
                        break;
                    }
                    continue;
                }
                rowProblems.clear();
                ParsedItem item = mapper.map(row.line(), row.object(), rowProblems);
                if (item != null && ids != null) {
                    Long first = ids.putIfAbsent(item.externalId(), row.line());
                    if (first != null) {
                        rowProblems.add("duplicate id '" + RowFields.shorten(item.externalId())
                                + "' (first used on line " + first + ")");
                    }
                }
                if (!rowProblems.isEmpty() || item == null) {
                    for (String problem : rowProblems) {
                        problems.line(row.line(), problem);
                    }
                    continue;
                }
                if (kinds[0] + kinds[1] >= limits.maxItems()) {
                    problems.line(row.line(), "more than " + limits.maxItems()
                            + " items (limit latitude.import.max-items); the rest of the file was not checked");
                    break;
                }
                kinds[item.kind().ordinal()]++;
                sink.accept(item);
            }
            if (rows.fileProblem() != null) {
                problems.file(rows.fileProblem());
            }
            if (seen == 0 && problems.isEmpty()) {
                problems.file("the file holds no items");
            }
            progress.at(in.count(), rows.linesRead(), kinds[0] + kinds[1]);
            if (problems.isEmpty()) {
                drain(in);
            }
            return new Result(problems.listed(), problems.count(), rows.linesRead(),
                    kinds[ItemKind.EXCHANGE.ordinal()], kinds[ItemKind.PAIR.ordinal()], in.sha256());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private RowSource open(ImportFormat format, InputStream in) {
        return switch (format) {
            case AEGIS_JSON -> new JsonArraySource(in, limits, json);
            case CSV -> new CsvSource(in, limits, json);
            default -> new JsonLinesSource(in, limits, json);
        };
    }

    /** Reads what a stopped pass left, so the hash covers the same bytes in both passes (bounded by the file limit). */
    private void drain(MeteredInput in) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        while (in.count() <= limits.maxFileBytes() && in.read(buffer) >= 0) {
            // only hashing
        }
    }
}
