package org.latitude.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test class only when the local PostgreSQL answers ({@code @ExtendWith(PostgresAvailable.class)}); otherwise
 * the class is skipped with a message naming the server it tried. Where: {@code LATITUDE_TEST_PG_URL} (default
 * {@code jdbc:postgresql://127.0.0.1:5432/test}), {@code LATITUDE_TEST_PG_USER} (default {@code postgres}),
 * {@code LATITUDE_TEST_PG_PASSWORD} (default empty: trust authentication). Tests use their own schema
 * ({@link PostgresSchema}), so they never touch other data in that database.
 */
public final class PostgresAvailable implements ExecutionCondition {

    private static volatile String unreachable;
    private static volatile boolean checked;

    public static String url() {
        return env("LATITUDE_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    }

    public static String user() {
        return env("LATITUDE_TEST_PG_USER", "postgres");
    }

    public static String password() {
        return env("LATITUDE_TEST_PG_PASSWORD", "");
    }

    static Connection connect() throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", user());
        props.setProperty("password", password());
        props.setProperty("connectTimeout", "3");
        props.setProperty("loginTimeout", "5");
        return DriverManager.getConnection(url(), props);
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!checked) {
            synchronized (PostgresAvailable.class) {
                if (!checked) {
                    try (Connection c = connect()) {
                        unreachable = c.isValid(3) ? null : "connection not valid";
                    } catch (SQLException e) {
                        unreachable = e.getMessage();
                    }
                    checked = true;
                }
            }
        }
        if (unreachable == null) {
            return ConditionEvaluationResult.enabled("PostgreSQL reachable at " + url());
        }
        String message = "Skipped: PostgreSQL not reachable at " + url() + " as " + user() + " (" + unreachable
                + "); set LATITUDE_TEST_PG_URL / _USER / _PASSWORD to run the PostgreSQL tests";
        System.err.println(message);
        return ConditionEvaluationResult.disabled(message);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
