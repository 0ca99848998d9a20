package dev.moodhoodkit.server.testing;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips the server tests of a PostgreSQL run, visibly, when no PostgreSQL is configured (a
 * developer machine without one); fails them instead when {@code MOODHOOD_TEST_PG_REQUIRED=true}
 * (CI), so that CI can never pass without having run them.
 */
public final class DatabaseAvailable implements ExecutionCondition {

    private static final AtomicBoolean ANNOUNCED = new AtomicBoolean();

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!TestDatabase.postgres() || TestDatabase.postgresUrl().isPresent()) {
            return ConditionEvaluationResult.enabled("database: " + TestDatabase.name());
        }
        String reason =
                "PostgreSQL run requested (" + TestDatabase.SELECTOR + "=postgres) but MOODHOOD_TEST_PG_URL is not set";
        if (TestDatabase.postgresRequired()) {
            throw new IllegalStateException(reason + " and MOODHOOD_TEST_PG_REQUIRED=true");
        }
        if (ANNOUNCED.compareAndSet(false, true)) {
            System.out.println("[WARNING] " + reason + ": the server tests on PostgreSQL are SKIPPED. "
                    + "`bash .ci/run` starts a PostgreSQL and runs them.");
        }
        return ConditionEvaluationResult.disabled(reason);
    }
}
