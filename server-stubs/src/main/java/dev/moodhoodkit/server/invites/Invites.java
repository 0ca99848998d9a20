package dev.moodhoodkit.server.invites;

import dev.moodhoodkit.server.common.Paging;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The invites table. Activation and revocation are single conditional updates. */
@Repository
class Invites {

    private static final String COLUMNS =
            "id, space_id, role, created_by, created_at, expires_at, revoked_at, activated_by, activated_at";

    private final JdbcClient jdbc;

    Invites(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(InviteDetails invite) {
        jdbc.sql(
                        "INSERT INTO invites (id, space_id, role, created_by, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(
                        invite.id(),
                        invite.spaceId(),
                        invite.role(),
                        invite.createdBy(),
                        utc(invite.createdAt()),
                        utc(invite.expiresAt()))
                .update();
    }

    Optional<InviteDetails> find(String spaceId, String inviteId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM invites WHERE id = ? AND space_id = ?")
                .params(inviteId, spaceId)
                .query(Invites::map)
                .optional();
    }

    /**
     * Activates a pending invite for the user: true for exactly one caller, however many race
     * for it on however many server instances, because the database applies the condition and
     * the write as one statement under the row's lock.
     */
    boolean activate(String spaceId, String inviteId, String userId, Instant now) {
        return jdbc.sql("""
                UPDATE invites SET activated_at = :now, activated_by = :user
                WHERE id = :id AND space_id = :space AND activated_at IS NULL AND revoked_at IS NULL
                    AND (expires_at IS NULL OR expires_at > :now)""")
                        .param("now", utc(now))
                        .param("user", userId)
                        .param("id", inviteId)
                        .param("space", spaceId)
                        .update()
                == 1;
    }

    /** Revokes an invite that is neither activated nor revoked; false otherwise. */
    boolean revoke(String spaceId, String inviteId, Instant now) {
        return jdbc.sql("""
                UPDATE invites SET revoked_at = ?
                WHERE id = ? AND space_id = ? AND activated_at IS NULL AND revoked_at IS NULL""").params(utc(now), inviteId, spaceId).update() == 1;
    }

    /** A page of a space's invites, newest first, optionally only those in one state. */
    List<InviteDetails> list(String spaceId, InviteDetails.State state, Instant now, Paging paging) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM invites" + where(state)
                        + " ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset")
                .params(params(spaceId, state, now))
                .param("limit", paging.limit())
                .param("offset", paging.offset())
                .query(Invites::map)
                .list();
    }

    int count(String spaceId, InviteDetails.State state, Instant now) {
        return jdbc.sql("SELECT COUNT(*) FROM invites" + where(state))
                .params(params(spaceId, state, now))
                .query(Long.class)
                .single()
                .intValue();
    }

    /** The states of {@link InviteDetails#state} as SQL conditions. */
    private static String where(InviteDetails.State state) {
        String pending = "activated_at IS NULL AND revoked_at IS NULL";
        return " WHERE space_id = :space"
                + (state == null
                        ? ""
                        : " AND "
                                + switch (state) {
                                    case ACTIVATED -> "activated_at IS NOT NULL";
                                    case REVOKED -> "activated_at IS NULL AND revoked_at IS NOT NULL";
                                    case EXPIRED -> pending + " AND expires_at <= :now";
                                    case PENDING -> pending + " AND (expires_at IS NULL OR expires_at > :now)";
                                });
    }

    private static Map<String, Object> params(String spaceId, InviteDetails.State state, Instant now) {
        Map<String, Object> params = new HashMap<>();
        params.put("space", spaceId);
        if (state == InviteDetails.State.EXPIRED || state == InviteDetails.State.PENDING) {
            params.put("now", utc(now));
        }
        return params;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static InviteDetails map(ResultSet rs, int row) throws SQLException {
        return new InviteDetails(
                rs.getString("id"),
                rs.getString("space_id"),
                rs.getString("role"),
                rs.getString("created_by"),
                instant(rs, "created_at"),
                instant(rs, "expires_at"),
                instant(rs, "revoked_at"),
                rs.getString("activated_by"),
                instant(rs, "activated_at"));
    }
}
