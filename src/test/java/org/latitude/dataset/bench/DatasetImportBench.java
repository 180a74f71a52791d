package org.latitude.dataset.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.latitude.LatitudeApplication;
import org.latitude.dataset.DatasetService;
import org.latitude.dataset.ImportFormat;
import org.latitude.dataset.ImportLimits;
import org.latitude.dataset.ImportListener;
import org.latitude.dataset.ImportProgress;
import org.latitude.dataset.ImportReport;
import org.latitude.dataset.ImportRequest;
import org.latitude.dataset.ImportSource;
import org.latitude.dataset.internal.DatasetImporter;
import org.latitude.dataset.internal.DatasetStore;
import org.latitude.dataset.internal.TaxonomyResolvers;
import org.latitude.security.SystemIdentity;
import org.latitude.testsupport.LocalPostgres;
import org.latitude.testsupport.PostgresSchema;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Times the import of N generated exchanges (both passes: check everything, then store in one transaction), on
 * demand, not in the test suite. Run with {@code bench/dataset-import.sh} (see docs/benchmarks.md):
 * <pre>DatasetImportBench (engine|app) (h2|postgres) [items=100000] [runs=3]</pre>
 * {@code engine}: the importer alone over plain JDBC; {@code app}: the whole application (Spring, Vaadin, Hikari,
 * JPA) started in this JVM and {@code DatasetService.importFile} called as the system admin. H2 runs in file mode
 * in a temporary directory (as the application does); PostgreSQL in a fresh schema of the local server, with the
 * driver's {@code reWriteBatchedInserts=true} unless {@code -Dbench.pgRewrite=false} (app mode only).
 */
public final class DatasetImportBench {

    private DatasetImportBench() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "engine";
        String db = args.length > 1 ? args[1] : "h2";
        int items = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        Path dir = Files.createTempDirectory("latitude-bench");
        Path file = BenchFile.write(dir, items, 42);
        System.out.printf(Locale.ROOT, "file: %,d exchanges, %,d bytes; mode %s on %s; max heap %d MiB; %d cores%n",
                items, Files.size(file), mode, db, Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors());
        PostgresSchema schema = "postgres".equals(db) ? PostgresSchema.migrated("lat_bench") : null;
        try {
            Importer importer = "app".equals(mode) ? app(db, dir, schema) : engine(db, dir, schema);
            for (int run = 1; run <= runs; run++) {
                long start = System.nanoTime();
                long[] storingFrom = {0, 0};
                ImportReport report = importer.run(file, "bench-" + run, p -> {
                    if (p.phase() == ImportProgress.Phase.STORING && storingFrom[0] == 0) {
                        storingFrom[0] = System.nanoTime();
                    } else if (p.phase() == ImportProgress.Phase.DONE) {
                        storingFrom[1] = System.nanoTime();
                    }
                });
                long end = System.nanoTime();
                if (!report.imported()) {
                    throw new IllegalStateException(report.text());
                }
                double seconds = (end - start) / 1e9;
                System.gc();
                System.out.printf(Locale.ROOT, "run %d: %,d items in %.2f s (%,.0f items/s; check %.2f s, store %.2f s,"
                        + " of which commit %.2f s), heap after GC %d MiB%n", run, report.items(), seconds,
                        report.items() / seconds, (storingFrom[0] - start) / 1e9, (end - storingFrom[0]) / 1e9,
                        (end - storingFrom[1]) / 1e9, usedHeap() >> 20);
                System.out.println("process memory: " + ProcessMemory.now());
            }
            long idle = Long.getLong("bench.idleSeconds", 0);
            if (idle > 0) {
                Thread.sleep(idle * 1000);
                System.out.println("process memory after " + idle + " s idle: " + ProcessMemory.now());
            }
            importer.close();
        } finally {
            if (schema != null) {
                schema.close();
            }
        }
    }

    interface Importer extends AutoCloseable {
        ImportReport run(Path file, String name, ImportListener listener);

        @Override
        default void close() {
        }
    }

    private static Importer engine(String db, Path dir, PostgresSchema schema) {
        DataSource ds = schema != null ? schema.dataSource() : new SimpleDriverDataSource(new org.h2.Driver(),
                "jdbc:h2:file:" + dir.resolve("bench").toAbsolutePath() + ";WRITE_DELAY=0", "sa", "");
        if (schema == null) {
            Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        }
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        DatasetImporter importer = new DatasetImporter(jdbc, new DatasetStore(jdbc), ImportLimits.defaults(),
                Clock.systemUTC());
        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(ds));
        return (file, name, listener) -> tx.execute(s -> importer.importFile(ImportSource.of(file),
                new ImportRequest(name, ImportFormat.GENERIC_JSONL, file.getFileName().toString()),
                TaxonomyResolvers.NONE, "bench", listener));
    }

    private static Importer app(String db, Path dir, PostgresSchema schema) {
        String rewrite = Boolean.parseBoolean(System.getProperty("bench.pgRewrite", "true"))
                ? "&reWriteBatchedInserts=true" : "";
        String url = schema != null ? LocalPostgres.urlFor(schema.name()) + rewrite
                : "jdbc:h2:file:" + dir.resolve("app").toAbsolutePath() + ";WRITE_DELAY=0";
        ConfigurableApplicationContext app = new SpringApplicationBuilder(LatitudeApplication.class).run(
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + (schema != null ? LocalPostgres.USER : "sa"),
                "--spring.datasource.password=",
                "--spring.flyway.schemas=" + (schema != null ? schema.name() : "PUBLIC"),
                "--latitude.data-dir=" + dir, "--server.port=0", "--latitude.admin.password=bench-admin-password",
                "--spring.main.banner-mode=off", "--logging.level.root=warn");
        DatasetService service = app.getBean(DatasetService.class);
        return new Importer() {
            @Override
            public ImportReport run(Path file, String name, ImportListener listener) {
                return SystemIdentity.callAsSystem(() -> service.importFile(ImportSource.of(file),
                        new ImportRequest(name, ImportFormat.GENERIC_JSONL, file.getFileName().toString()),
                        listener));
            }

            @Override
            public void close() {
                app.close();
            }
        };
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
