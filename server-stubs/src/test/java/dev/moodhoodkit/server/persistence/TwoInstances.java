package dev.moodhoodkit.server.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.moodhoodkit.server.testing.Api;
import dev.moodhoodkit.server.testing.ServerInstance;
import dev.moodhoodkit.server.testing.TestDatabase;
import java.util.Map;
import java.util.UUID;

/**
 * Two servers (two Spring contexts on two ports) on one database of their own: a PostgreSQL
 * schema on the PostgreSQL build, a named in-memory H2 that both open on the H2 build. Closing
 * stops both and drops the database.
 */
final class TwoInstances implements AutoCloseable {

    private final String databaseName;
    private final ServerInstance first;
    private final ServerInstance second;

    private TwoInstances(String databaseName, ServerInstance first, ServerInstance second) {
        this.databaseName = databaseName;
        this.first = first;
        this.second = second;
    }

    /** Starts both on a new database whose name starts with {@code prefix}. */
    static TwoInstances start(String prefix) {
        String name = prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Map<String, Object> database = TestDatabase.shared(name);
        // One after the other: the second finds the schema migrated by the first.
        ServerInstance first = ServerInstance.start(database);
        ServerInstance second = ServerInstance.start(database);
        assertThat(first.runsOn(database))
                .as("the first instance runs on the shared database")
                .isTrue();
        assertThat(second.runsOn(database))
                .as("the second instance runs on the shared database")
                .isTrue();
        assertThat(first.port()).isNotEqualTo(second.port());
        return new TwoInstances(name, first, second);
    }

    ServerInstance first() {
        return first;
    }

    ServerInstance second() {
        return second;
    }

    /** The API of the instance that serves racer {@code racer}: even ones the first, odd ones the second. */
    Api forRacer(int racer) {
        return (racer % 2 == 0 ? first : second).api();
    }

    @Override
    public void close() {
        first.close();
        second.close();
        TestDatabase.drop(databaseName);
    }
}
