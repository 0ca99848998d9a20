package dev.moodhoodkit.server.webhooks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The webhooks table: at most one webhook per space (its primary key is the space id). */
@Repository
class WebHooks {

    record Settings(String spaceId, String url, String secret, boolean active, OffsetDateTime createdAt) {}

    private final JdbcClient jdbc;

    WebHooks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Settings> find(String spaceId) {
        return jdbc.sql("SELECT space_id, url, secret, is_active, created_at FROM webhooks WHERE space_id = ?")
                .param(spaceId)
                .query(WebHooks::map)
                .optional();
    }

    /** Inserts the space's webhook; a second one for the space fails on the primary key. */
    void insert(String spaceId, String url, String secret, Instant now) {
        jdbc.sql("INSERT INTO webhooks (space_id, url, secret, is_active, created_at) VALUES (?, ?, ?, TRUE, ?)")
                .params(spaceId, url, secret, now.atOffset(ZoneOffset.UTC))
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
        return jdbc.sql("SELECT COUNT(*) FROM webhooks WHERE space_id = ? AND is_active = TRUE")
                        .param(spaceId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private static Settings map(ResultSet rs, int row) throws SQLException {
        return new Settings(
                rs.getString("space_id"),
                rs.getString("url"),
                rs.getString("secret"),
                rs.getBoolean("is_active"),
                rs.getObject("created_at", OffsetDateTime.class));
    }
}
