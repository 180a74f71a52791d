package org.latitude.testsupport;

import java.nio.file.Path;
import org.latitude.LatitudeApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole application for an on-demand benchmark: embedded H2 in file mode under {@code dir}, or a fresh schema of
 * the local PostgreSQL when {@code schema} is given; no web port, warnings only.
 */
public final class BenchApplication {

    private BenchApplication() {
    }

    public static ConfigurableApplicationContext start(Path dir, PostgresSchema schema, String... more) {
        String url = schema != null ? LocalPostgres.urlFor(schema.name()) + "&reWriteBatchedInserts=true"
                : "jdbc:h2:file:" + dir.resolve("app").toAbsolutePath() + ";WRITE_DELAY=0";
        String[] base = {"--spring.datasource.url=" + url,
            "--spring.datasource.username=" + (schema != null ? LocalPostgres.USER : "sa"),
            "--spring.datasource.password=", "--spring.flyway.schemas=" + (schema != null ? schema.name() : "PUBLIC"),
            "--latitude.data-dir=" + dir, "--server.port=0", "--latitude.admin.password=bench-admin-password",
            "--spring.main.banner-mode=off", "--logging.level.root=warn"};
        String[] args = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        return new SpringApplicationBuilder(LatitudeApplication.class).run(args);
    }
}
