package dev.moodhoodkit.server.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The run really is on the database it claims: the PostgreSQL execution of the build must not
 * quietly fall back to H2, nor share one schema between contexts.
 */
class DatabaseSelectionTests extends ApiTest {

    @Autowired
    private DataSource dataSource;

    @Test
    void theServerRunsOnTheSelectedDatabase() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo(TestDatabase.name());
            if (TestDatabase.postgres()) {
                assertThat(connection.getSchema())
                        .as("a schema of this context's own")
                        .startsWith("t");
            }
        }
    }
}
