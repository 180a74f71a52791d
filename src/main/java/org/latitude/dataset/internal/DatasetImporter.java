package org.latitude.dataset.internal;

import java.time.Clock;
import java.util.List;
import org.latitude.dataset.ImportFormat;
import org.latitude.dataset.ImportLimits;
import org.latitude.dataset.ImportListener;
import org.latitude.dataset.ImportProblem;
import org.latitude.dataset.ImportProgress;
import org.latitude.dataset.ImportProgress.Phase;
import org.latitude.dataset.ImportReport;
import org.latitude.dataset.ImportRequest;
import org.latitude.dataset.ImportSource;
import org.latitude.shared.ValidationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports a file in two streaming passes inside the caller's transaction: the first checks every row and stores
 * nothing; only when the whole file is valid does the second pass read it again and store it (JDBC batches). If the
 * second pass sees a different file (another hash), it throws so the transaction rolls back. Plain Java over a
 * {@link JdbcTemplate} and a {@link DatasetStore}, so benchmarks and PostgreSQL tests can build it without a Spring
 * context.
 */
@Component
public final class DatasetImporter {

    private final JdbcTemplate jdbc;
    private final ImportLimits limits;
    private final Clock clock;
    private final JsonMapper json;
    private final DatasetStore datasets;

    public DatasetImporter(JdbcTemplate jdbc, DatasetStore datasets, ImportLimits limits, Clock clock) {
        this.jdbc = jdbc;
        this.limits = limits;
        this.clock = clock;
        this.json = JsonRows.mapper(limits);
        this.datasets = datasets;
    }

    public ImportLimits limits() {
        return limits;
    }

    /** The format of a file, guessed from its first line (see {@link FormatDetector}). */
    private ImportFormat detect(ImportSource source, String fileName) {
        return new FormatDetector(limits, json).detect(source, fileName);
    }

    /**
     * Checks and (if valid) stores the file as a new dataset. {@code aegisCategories} resolves Aegis category names
     * (null when no Aegis 2.0 taxonomy is stored). Throws {@link ValidationException} for a bad request (name).
     */
    public ImportReport importFile(ImportSource source, ImportRequest request, CategoryResolver aegisCategories,
                                   String actor, ImportListener listener) {
        String name = DatasetNames.check(request.datasetName());
        if (datasets.nameTaken(name)) {
            throw new ValidationException("A dataset named '" + name + "' already exists; choose another name.");
        }
        String fileName = request.fileName() == null || request.fileName().isBlank() ? "upload" : request.fileName();
        ImportFormat format = request.format() != null ? request.format() : detect(source, fileName);
        if ((format == ImportFormat.AEGIS_JSON || format == ImportFormat.AEGIS_JSONL) && aegisCategories == null) {
            return rejected(name, fileName, format, 0, List.of(new ImportProblem(0, "the Aegis 2.0 taxonomy (key "
                    + "aegis-2.0) is not installed, so the categories cannot be resolved; install its preset on the "
                    + "Taxonomies page, then import again")), 1);
        }
        RowMapper mapper = mapper(format, aegisCategories);
        long total = source.size();
        DatasetScan.Result checked = new DatasetScan(limits, json).run(source, format, mapper, item -> { }, true,
                (bytes, lines, items) -> listener.progress(new ImportProgress(Phase.CHECKING, bytes, total, lines, 0,
                        0)));
        if (!checked.ok()) {
            return rejected(name, fileName, format, checked.lines(), checked.problems(), checked.problemCount());
        }
        long id = store(source, format, mapper, checked, name, shorten(fileName), actor, listener);
        return new ImportReport(true, id, name, fileName, format, checked.lines(), checked.exchanges(),
                checked.pairs(), List.of(), 0);
    }

    /** The second pass: stores the checked file as a new dataset; throws if it is not the file that was checked. */
    private long store(ImportSource source, ImportFormat format, RowMapper mapper, DatasetScan.Result checked,
                       String name, String fileName, String actor, ImportListener listener) {
        long items = checked.exchanges() + checked.pairs();
        long total = source.size();
        long id = datasets.create(name, format, fileName, checked.sha256(), clock.instant(), actor);
        ItemWriter writer = new ItemWriter(jdbc, id);
        DatasetScan.Result stored = new DatasetScan(limits, json).run(source, format, mapper, writer, false,
                (bytes, lines, n) -> listener.progress(new ImportProgress(Phase.STORING, bytes, total, lines,
                        writer.stored(), items)));
        writer.flush();
        if (!stored.ok() || !stored.sha256().equals(checked.sha256()) || writer.stored() != items) {
            throw new IllegalStateException("The file changed while it was being imported; nothing was stored.");
        }
        datasets.setCounts(id, checked.exchanges(), checked.pairs());
        listener.progress(new ImportProgress(Phase.DONE, total, total, checked.lines(), items, items));
        return id;
    }

    private RowMapper mapper(ImportFormat format, CategoryResolver aegisCategories) {
        return switch (format) {
            case GENERIC_JSONL -> new GenericRows(json, false);
            case CSV -> new GenericRows(json, true);
            case AEGIS_JSON, AEGIS_JSONL -> new AegisRows(json, aegisCategories);
            case HH_RLHF_JSONL -> new HhRlhfRows(json);
            case PKU_SAFERLHF_JSONL -> new PkuSafeRlhfRows(json);
        };
    }

    private static ImportReport rejected(String name, String fileName, ImportFormat format, long lines,
                                         List<ImportProblem> problems, long count) {
        return new ImportReport(false, null, name, fileName, format, lines, 0, 0, problems, count);
    }

    private static String shorten(String fileName) {
        return fileName.length() > 255 ? fileName.substring(0, 255) : fileName;
    }
}
