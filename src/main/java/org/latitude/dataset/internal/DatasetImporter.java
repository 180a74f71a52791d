package org.latitude.dataset.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.latitude.dataset.ImportFormat;
import org.latitude.dataset.ImportLimits;
import org.latitude.dataset.ImportListener;
import org.latitude.dataset.ImportProblem;
import org.latitude.dataset.ImportProgress;
import org.latitude.dataset.ImportProgress.Phase;
import org.latitude.dataset.ImportReport;
import org.latitude.dataset.ImportRequest;
import org.latitude.dataset.ImportSource;
import org.latitude.dataset.ProblemGroup;
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

    /** The taxonomy whose categories Aegis 2.0 files name. */
    public static final String AEGIS_TAXONOMY = "aegis-2.0";
    private static final Map<String, String> TAXONOMY_NAMES = Map.of(AEGIS_TAXONOMY, "Aegis 2.0",
            OpenAiModerationRows.JUDGMENT, "OpenAI moderation", AiLuminateRows.JUDGMENT, "MLCommons AILuminate v1.0");

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
     * Checks and (if valid) stores the file as a new dataset; {@code taxonomies} resolves category names of the stored
     * taxonomy a preset needs (Aegis 2.0, OpenAI moderation, AILuminate). Throws {@link ValidationException} for a bad
     * request (name).
     */
    public ImportReport importFile(ImportSource source, ImportRequest request, TaxonomyResolvers taxonomies,
                                   String actor, ImportListener listener) {
        String name = DatasetNames.check(request.datasetName());
        if (datasets.nameTaken(name)) {
            throw new ValidationException("A dataset named '" + name + "' already exists; choose another name.");
        }
        String fileName = request.fileName() == null || request.fileName().isBlank() ? "upload" : request.fileName();
        ImportFormat format = request.format() != null ? request.format() : detect(source, fileName);
        String needed = taxonomyOf(format);
        CategoryResolver categories = needed == null ? null : taxonomies.resolver(needed).orElse(null);
        if (needed != null && categories == null) {
            String problem = "the " + TAXONOMY_NAMES.get(needed) + " taxonomy (key " + needed + ") is not installed, "
                    + "so the categories cannot be resolved; install its preset on the Taxonomies page, then import "
                    + "again";
            return rejected(name, fileName, format, 0, List.of(new ImportProblem(0, problem)),
                    List.of(new ProblemGroup(problem, 0, List.of())), 1);
        }
        RowMapper mapper = mapper(format, categories);
        long total = source.size();
        DatasetScan.Result checked = new DatasetScan(limits, json).run(source, format, mapper, item -> { }, true,
                request.ids(), null, (bytes, lines, items) -> listener.progress(new ImportProgress(Phase.CHECKING,
                        bytes, total, lines, 0, 0)));
        if (!checked.ok()) {
            return rejected(name, fileName, format, checked.lines(), checked.problems(), checked.groups(),
                    checked.problemCount());
        }
        long id = store(source, format, mapper, checked, name, shorten(fileName), actor, listener);
        return new ImportReport(true, id, name, fileName, format, checked.lines(), checked.exchanges(),
                checked.pairs(), List.of(), List.of(), 0, checked.duplicatesSkipped(), checked.ids());
    }

    /** The taxonomy key whose categories a format's labels name, or null. */
    static String taxonomyOf(ImportFormat format) {
        return switch (format) {
            case AEGIS_JSON, AEGIS_JSONL -> AEGIS_TAXONOMY;
            case OPENAI_MODERATION_JSONL -> OpenAiModerationRows.JUDGMENT;
            case AILUMINATE_CSV -> AiLuminateRows.JUDGMENT;
            default -> null;
        };
    }

    /** The second pass: stores the checked file as a new dataset; throws if it is not the file that was checked. */
    private long store(ImportSource source, ImportFormat format, RowMapper mapper, DatasetScan.Result checked,
                       String name, String fileName, String actor, ImportListener listener) {
        long items = checked.exchanges() + checked.pairs();
        long total = source.size();
        long id = datasets.create(name, format, fileName, checked.sha256(), clock.instant(), actor);
        ItemWriter writer = new ItemWriter(jdbc, id);
        DatasetScan.Result stored = new DatasetScan(limits, json).run(source, format, mapper, writer, false,
                checked.ids(), checked.sha256(), (bytes, lines, n) -> listener.progress(new ImportProgress(
                        Phase.STORING, bytes, total, lines, writer.stored(), items)));
        writer.flush();
        if (!stored.ok() || !stored.sha256().equals(checked.sha256()) || writer.stored() != items) {
            throw new IllegalStateException("The file changed while it was being imported; nothing was stored.");
        }
        datasets.setCounts(id, checked.exchanges(), checked.pairs());
        listener.progress(new ImportProgress(Phase.DONE, total, total, checked.lines(), items, items));
        return id;
    }

    private RowMapper mapper(ImportFormat format, CategoryResolver categories) {
        return switch (format) {
            case GENERIC_JSONL -> new GenericRows(json, false);
            case CSV -> new GenericRows(json, true);
            case AEGIS_JSON, AEGIS_JSONL -> new AegisRows(json, categories);
            case OPENAI_MODERATION_JSONL -> new OpenAiModerationRows(json, categories);
            case AILUMINATE_CSV -> new AiLuminateRows(json, categories);
            case HH_RLHF_JSONL -> new HhRlhfRows(json);
            case PKU_SAFERLHF_JSONL -> new PkuSafeRlhfRows(json);
        };
    }

    private static ImportReport rejected(String name, String fileName, ImportFormat format, long lines,
                                         List<ImportProblem> problems, List<ProblemGroup> groups, long count) {
        return new ImportReport(false, null, name, fileName, format, lines, 0, 0, problems, groups, count, 0, null);
    }

    private static String shorten(String fileName) {
        return fileName.length() > 255 ? fileName.substring(0, 255) : fileName;
    }
}
