package dev.moodhoodkit.server.auth;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every refresh token issued, by {@code jti}. A token is used by one conditional update, so
 * two concurrent exchanges of one token cannot both win; presenting a used token again revokes
 * its whole family (RFC 9700 §4.14: refresh token rotation with reuse detection).
 */
@Repository
class RefreshTokens {

    record Row(
            String jti,
            String familyId,
            String clientPk,
            String audience,
            String subject,
            Instant usedAt,
            boolean revoked) {}

    private final JdbcClient jdbc;

    RefreshTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(
            String jti,
            String familyId,
            String clientPk,
            String audience,
            String subject,
            Instant issuedAt,
            Instant expiresAt) {
        jdbc.sql("""
                INSERT INTO refresh_tokens (jti, family_id, client_pk, audience, subject, issued_at, expires_at, revoked)
                VALUES (?, ?, ?, ?, ?, ?, ?, FALSE)""")
                .params(
                        jti,
                        familyId,
                        clientPk,
                        audience,
                        subject,
                        issuedAt.atOffset(ZoneOffset.UTC),
                        expiresAt.atOffset(ZoneOffset.UTC))
                .update();
    }

    /** Marks the token used; false when it was already used, revoked or unknown. */
    boolean use(String jti, Instant now) {
        return jdbc.sql("UPDATE refresh_tokens SET used_at = ? WHERE jti = ? AND used_at IS NULL AND revoked = FALSE")
                        .params(now.atOffset(ZoneOffset.UTC), jti)
                        .update()
                == 1;
    }

    Optional<Row> find(String jti) {
        return jdbc.sql(
                        "SELECT jti, family_id, client_pk, audience, subject, used_at, revoked FROM refresh_tokens WHERE jti = ?")
                .param(jti)
                .query((rs, n) -> new Row(
                        rs.getString("jti"),
                        rs.getString("family_id"),
                        rs.getString("client_pk"),
                        rs.getString("audience"),
                        rs.getString("subject"),
                        Optional.ofNullable(rs.getObject("used_at", java.time.OffsetDateTime.class))
                                .map(java.time.OffsetDateTime::toInstant)
                                .orElse(null),
                        rs.getBoolean("revoked")))
                .optional();
    }

    /**
     * Ends a family: its one unused token (rotation leaves one; the used ones are spent already)
     * can no longer be exchanged. Touching only that row keeps concurrent revocations of one
     * family from waiting on each other in a cycle.
     */
    void revokeFamily(String familyId) {
        jdbc.sql("UPDATE refresh_tokens SET revoked = TRUE WHERE family_id = ? AND used_at IS NULL AND revoked = FALSE")
                .param(familyId)
                .update();
    }
}
