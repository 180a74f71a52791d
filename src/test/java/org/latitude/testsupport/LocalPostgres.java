package org.latitude.testsupport;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

/**
 * The machine's PostgreSQL (127.0.0.1:5432, trust auth, database {@code test}; override with
 * {@code LATITUDE_TEST_PG_URL}/{@code _USER}). Tests using it run in a fresh schema that they drop afterwards; when
 * the server is not reachable they are skipped with a message saying so.
 */
public final class LocalPostgres {

    public static final String URL = System.getenv().getOrDefault("LATITUDE_TEST_PG_URL",
            "jdbc:postgresql://127.0.0.1:5432/test");
    public static final String USER = System.getenv().getOrDefault("LATITUDE_TEST_PG_USER", "postgres");

    private LocalPostgres() {
    }

    /** Skips the calling test (with the reason) unless PostgreSQL answers. */
    public static void assumeReachable() {
        String why = unreachableReason();
        if (why != null) {
            System.out.println("[LocalPostgres] SKIPPED PostgreSQL tests: " + why);
        }
        assumeTrue(why == null, () -> "Skipped: PostgreSQL not reachable at " + URL + " (" + why + ")");
    }

    private static String unreachableReason() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", 5432), 1000);
        } catch (Exception e) {
            return "no server on 127.0.0.1:5432: " + e.getMessage();
        }
        try (Connection c = connect()) {
            return c.isValid(2) ? null : "connection not valid";
        } catch (SQLException e) {
            return e.getMessage();
        }
    }

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(URL, USER, "");
    }

    /** Creates an empty schema with a unique name and returns the name. */
    public static String createSchema(String prefix) {
        String schema = (prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)).toLowerCase();
        execute("create schema " + schema);
        return schema;
    }

    public static void dropSchema(String schema) {
        execute("drop schema if exists " + schema + " cascade");
    }

    /** A JDBC URL whose connections use {@code schema}. */
    public static String urlFor(String schema) {
        return URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    private static void execute(String sql) {
        try (Connection c = connect(); var st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
