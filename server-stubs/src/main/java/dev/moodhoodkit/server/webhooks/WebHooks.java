package dev.moodhoodkit.server.webhooks;

import dev.moodhoodkit.server.common.Rows;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The webhooks table: at most one webhook per space (its primary key is the space id). */
@Repository
class WebHooks {

    record Settings(String spaceId, String url, String secret, boolean isActive, Instant createdAt) {}

    private static final String COLUMNS = Rows.columns(Settings.class, "w");

    private final JdbcClient jdbc;

    WebHooks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Settings> find(String spaceId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM webhooks w WHERE w.space_id = ?")
                .param(spaceId)
                .query(Rows.of(Settings.class))
                .optional();
    }

    /** Inserts the space's webhook; a second one for the space fails on the primary key. */
    void insert(String spaceId, String url, String secret, Instant now) {
        jdbc.sql(Rows.insert("webhooks", Settings.class))
                .params(Rows.params(new Settings(spaceId, url, secret, true, now)))
                .update();
    }

    /** Changes the fields given (null keeps a value); false when the space has no webhook. */
    boolean update(String spaceId, String url, Boolean active) {
        return jdbc.sql(
                                "UPDATE webhooks SET url = COALESCE(?, url), is_active = COALESCE(?, is_active) WHERE space_id = ?")
                        .params(url, active, spaceId)
                        .update()
                == 1;
    }

    boolean setSecret(String spaceId, String secret) {
        return jdbc.sql("UPDATE webhooks SET secret = ? WHERE space_id = ?")
                        .params(secret, spaceId)
                        .update()
                == 1;
    }

    boolean delete(String spaceId) {
        return jdbc.sql("DELETE FROM webhooks WHERE space_id = ?")
                        .param(spaceId)
                        .update()
                == 1;
    }

    boolean isActive(String spaceId) {
        return Rows.any(jdbc, "SELECT COUNT(*) FROM webhooks WHERE space_id = ? AND is_active = TRUE", spaceId);
    }
}
