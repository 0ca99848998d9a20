package dev.moodhoodkit.server.auth;

import dev.moodhoodkit.server.common.Hashes;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Personal tokens, stored as SHA-256 hashes: the value itself is shown once and never kept. */
@Repository
class PersonalTokens {

    static final String PREFIX = "mhp_";

    record Token(String id, String userId, String name, OffsetDateTime createdAt, OffsetDateTime lastUsedAt) {}

    private static final String COLUMNS = "id, user_id, name, created_at, last_used_at";
    // Recording every use would turn each read into a write; a minute's precision is enough.
    private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    private final JdbcClient jdbc;

    PersonalTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String id, String userId, String name, String token, Instant now) {
        jdbc.sql("INSERT INTO personal_tokens (id, user_id, name, token_hash, created_at) VALUES (?, ?, ?, ?, ?)")
                .params(id, userId, name, Hashes.sha256(token), now.atOffset(ZoneOffset.UTC))
                .update();
    }

    Optional<Token> byValue(String token, Instant now) {
        Optional<Token> found = jdbc.sql("SELECT " + COLUMNS + " FROM personal_tokens WHERE token_hash = ?")
                .param(Hashes.sha256(token))
                .query(PersonalTokens::map)
                .optional();
        found.filter(t -> t.lastUsedAt() == null
                        || t.lastUsedAt().toInstant().plus(LAST_USED_PRECISION).isBefore(now))
                .ifPresent(t -> jdbc.sql("UPDATE personal_tokens SET last_used_at = ? WHERE id = ?")
                        .params(now.atOffset(ZoneOffset.UTC), t.id())
                        .update());
        return found;
    }

    List<Token> list(String userId, int limit, int offset) {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM personal_tokens WHERE user_id = ? ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?")
                .params(userId, limit, offset)
                .query(PersonalTokens::map)
                .list();
    }

    long count(String userId) {
        return jdbc.sql("SELECT COUNT(*) FROM personal_tokens WHERE user_id = ?")
                .param(userId)
                .query(Long.class)
                .single();
    }

    boolean delete(String userId, String id) {
        return jdbc.sql("DELETE FROM personal_tokens WHERE id = ? AND user_id = ?")
                        .params(id, userId)
                        .update()
                == 1;
    }

    private static Token map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Token(
                rs.getString("id"),
                rs.getString("user_id"),
                rs.getString("name"),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("last_used_at", OffsetDateTime.class));
    }
}
