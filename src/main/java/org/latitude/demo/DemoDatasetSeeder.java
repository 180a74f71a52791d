package org.latitude.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.latitude.dataset.DatasetService;
import org.latitude.dataset.DatasetSummary;
import org.latitude.dataset.ImportFormat;
import org.latitude.dataset.ImportListener;
import org.latitude.dataset.ImportReport;
import org.latitude.dataset.ImportRequest;
import org.latitude.dataset.ImportSource;
import org.latitude.security.SystemIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode: the demo datasets of {@code seed-data/datasets/}, imported through the same importer admins use, after
 * {@link DemoSeeder} has installed the taxonomy presets (the Aegis file needs the Aegis 2.0 taxonomy). A dataset whose
 * name is already taken is skipped, so restarting the demo keeps earlier work.
 */
@Component
@Order(20)
public class DemoDatasetSeeder implements ApplicationRunner {

    /** One bundled demo file and the dataset it becomes. */
    public record DemoDataset(String name, String file, ImportFormat format) {
    }

    public static final List<DemoDataset> ALL = List.of(
            new DemoDataset("Demo exchanges (Aegis 2.0 labels)", "demo-exchanges.aegis.jsonl", ImportFormat.AEGIS_JSONL),
            new DemoDataset("Demo pairs", "demo-pairs.jsonl", ImportFormat.GENERIC_JSONL),
            new DemoDataset("Demo multi-turn exchanges", "demo-exchanges.messages.jsonl", ImportFormat.GENERIC_JSONL));

    private static final Logger LOG = LoggerFactory.getLogger(DemoDatasetSeeder.class);

    private final DemoMode mode;
    private final DatasetService datasets;

    DemoDatasetSeeder(DemoMode mode, DatasetService datasets) {
        this.mode = mode;
        this.datasets = datasets;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (mode.enabled()) {
            SystemIdentity.runAsSystem(this::seed);
        }
    }

    /** Imports each demo dataset that is not there yet. Runs as the system actor; a rejected file is an error. */
    public void seed() {
        Set<String> present = datasets.datasets().stream().map(DatasetSummary::name).collect(Collectors.toSet());
        for (DemoDataset demo : ALL) {
            if (present.contains(demo.name())) {
                continue;
            }
            ImportReport report = datasets.importFile(ImportSource.of(read(demo.file())),
                    new ImportRequest(demo.name(), demo.format(), "seed-data/datasets/" + demo.file()),
                    ImportListener.NONE);
            if (!report.imported()) {
                throw new IllegalStateException("Demo dataset " + demo.file() + " was refused: " + report.text());
            }
            LOG.info("Demo mode: {}", report.text());
        }
    }

    private static byte[] read(String file) {
        return bundled("seed-data/datasets/" + file);
    }

    /** A file bundled under {@code seed-data/}, e.g. {@code seed-data/judgments/…}. */
    static byte[] bundled(String path) {
        try (InputStream in = DemoDatasetSeeder.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled file " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
