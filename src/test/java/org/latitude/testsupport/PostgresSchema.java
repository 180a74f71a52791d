package org.latitude.testsupport;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * A fresh, uniquely named schema in the local PostgreSQL ({@link LocalPostgres}), migrated by the application's Flyway
 * scripts, and dropped with everything in it on {@link #close()}. Plain JDBC, no Spring context: for repository and
 * import tests that must not start a second application context.
 */
public final class PostgresSchema implements AutoCloseable {

    private final String name;
    private final DataSource dataSource;

    private PostgresSchema(String name) {
        this.name = name;
        this.dataSource = new SimpleDriverDataSource(new org.postgresql.Driver(),
                LocalPostgres.urlFor(name) + "&reWriteBatchedInserts=true", LocalPostgres.USER, "");
    }

    /** Creates {@code <prefix>_<random>} and runs every migration in it. */
    public static PostgresSchema migrated(String prefix) {
        PostgresSchema schema = new PostgresSchema(LocalPostgres.createSchema(prefix));
        Flyway.configure().dataSource(schema.dataSource).schemas(schema.name).defaultSchema(schema.name)
                .locations("classpath:db/migration").load().migrate();
        return schema;
    }

    public String name() {
        return name;
    }

    /** Connections whose search path is this schema. */
    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        LocalPostgres.dropSchema(name);
    }
}
