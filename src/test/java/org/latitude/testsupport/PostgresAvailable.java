package org.latitude.testsupport;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.TestAbortedException;

/**
 * Runs a test class only when the local PostgreSQL answers ({@code @ExtendWith(PostgresAvailable.class)}); otherwise
 * every test of the class is skipped with {@link LocalPostgres}'s message naming the server it tried. Tests use their
 * own schema ({@link PostgresSchema}), so they never touch other data in that database.
 */
public final class PostgresAvailable implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        try {
            LocalPostgres.assumeReachable();
            return ConditionEvaluationResult.enabled("PostgreSQL reachable at " + LocalPostgres.URL);
        } catch (TestAbortedException e) {
            return ConditionEvaluationResult.disabled(e.getMessage());
        }
    }
}
