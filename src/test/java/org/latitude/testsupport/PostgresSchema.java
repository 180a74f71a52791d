package org.latitude.testsupport;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * A fresh, uniquely named schema in the test PostgreSQL (see {@link PostgresAvailable}), migrated by the application's
 * Flyway scripts, and dropped with everything in it on {@link #close()}. Plain JDBC: no Spring context.
 */
public final class PostgresSchema implements AutoCloseable {

    private final String name;
    private final DataSource dataSource;

    private PostgresSchema(String name) {
        this.name = name;
        String url = PostgresAvailable.url() + (PostgresAvailable.url().contains("?") ? "&" : "?")
                + "currentSchema=" + name + "&reWriteBatchedInserts=true";
        this.dataSource = new SimpleDriverDataSource(new org.postgresql.Driver(), url, PostgresAvailable.user(),
                PostgresAvailable.password());
    }

    /** Creates {@code lt_<prefix>_<random>} and runs every migration in it. */
    public static PostgresSchema migrated(String prefix) {
        String name = ("lt_" + prefix + "_" + UUID.randomUUID().toString().substring(0, 8))
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        try (Connection c = PostgresAvailable.connect(); Statement s = c.createStatement()) {
            s.execute("create schema " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create schema " + name, e);
        }
        PostgresSchema schema = new PostgresSchema(name);
        Flyway.configure().dataSource(schema.dataSource).schemas(name).defaultSchema(name)
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
        try (Connection c = PostgresAvailable.connect(); Statement s = c.createStatement()) {
            s.execute("drop schema " + name + " cascade");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop schema " + name, e);
        }
    }
}
