package dev.moodhoodkit.server.architecture.violations;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RestController;

/** Breaks a rule on purpose: a controller that reads a table itself. */
@RestController
public class TableReadingController {

    private final JdbcClient jdbc;

    public TableReadingController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM rooms").query(Long.class).single();
    }
}
