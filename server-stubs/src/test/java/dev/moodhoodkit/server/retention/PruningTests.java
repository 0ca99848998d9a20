package dev.moodhoodkit.server.retention;

import static org.assertj.core.api.Assertions.assertThat;

import dev.moodhoodkit.server.common.Ids;
import dev.moodhoodkit.server.testing.ApiTest;
import dev.moodhoodkit.server.testing.TestUser;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Expired refresh tokens and old finished deliveries go; live tokens and pending or recent deliveries stay. */
class PruningTests extends ApiTest {

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private Pruning pruning;

    @Test
    void expiredRefreshTokensAndOldFinishedDeliveriesAreDeleted() {
        TestUser owner = newUser();
        String spaceId = api.post("/v1/spaces", owner.token(), Map.of("name", "Pruned school", "isPublic", false))
                .assertStatus(201)
                .string("/id");
        String clientPk = jdbc.sql("SELECT client_pk FROM refresh_tokens WHERE subject = ?")
                .param(owner.id())
                .query(String.class)
                .list()
                .get(0);
        Instant now = Instant.now();
        String expired = refreshToken(clientPk, owner.id(), now.minus(Duration.ofMinutes(1)));
        String live = refreshToken(clientPk, owner.id(), now.plus(Duration.ofDays(1)));
        String oldDelivered = delivery(spaceId, "delivered", now.minus(Duration.ofDays(31)));
        String oldFailed = delivery(spaceId, "failed", now.minus(Duration.ofDays(31)));
        String oldPending = delivery(spaceId, "pending", now.minus(Duration.ofDays(31)));
        String recentDelivered = delivery(spaceId, "delivered", now.minus(Duration.ofDays(1)));

        assertThat(pruning.prune()).isGreaterThanOrEqualTo(3);

        assertThat(exists("refresh_tokens", "jti", expired)).isFalse();
        assertThat(exists("refresh_tokens", "jti", live)).isTrue();
        assertThat(exists("webhook_deliveries", "id", oldDelivered)).isFalse();
        assertThat(exists("webhook_deliveries", "id", oldFailed)).isFalse();
        assertThat(exists("webhook_deliveries", "id", oldPending))
                .as("pending stays")
                .isTrue();
        assertThat(exists("webhook_deliveries", "id", recentDelivered)).isTrue();
        // The user's own refresh token still works.
        api.post("/v1/auth/token", null, grant("refresh_token", "refresh_token", owner.refreshToken()))
                .assertStatus(200);
    }

    private String refreshToken(String clientPk, String subject, Instant expiresAt) {
        String jti = Ids.newId();
        jdbc.sql("""
                INSERT INTO refresh_tokens (jti, family_id, client_pk, audience, subject, issued_at, expires_at)
                VALUES (?, ?, ?, 'user', ?, ?, ?)""")
                .params(jti, Ids.newId(), clientPk, subject, utc(expiresAt.minus(Duration.ofDays(14))), utc(expiresAt))
                .update();
        return jti;
    }

    private String delivery(String spaceId, String state, Instant createdAt) {
        String id = Ids.newId();
        jdbc.sql("""
                INSERT INTO webhook_deliveries (id, space_id, event_name, room_id, state, attempts, created_at,
                    next_attempt_at)
                VALUES (?, ?, 'call_started', ?, ?, 1, ?, ?)""")
                .params(id, spaceId, Ids.newId(), state, utc(createdAt), utc(createdAt))
                .update();
        return id;
    }

    private boolean exists(String table, String key, String id) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE " + key + " = ?")
                        .param(id)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private static Object utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
