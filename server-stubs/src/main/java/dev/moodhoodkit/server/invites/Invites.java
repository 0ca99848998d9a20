package dev.moodhoodkit.server.invites;

import dev.moodhoodkit.server.common.Paging;
import dev.moodhoodkit.server.common.Rows;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The invites table. Activation and revocation are single conditional updates. */
@Repository
class Invites {

    private static final String COLUMNS = Rows.columns(InviteDetails.class, "i");
    private static final RowMapper<InviteDetails> ROW = Rows.of(InviteDetails.class);
    private static final String INSERT = Rows.insert("invites", InviteDetails.class);

    private final JdbcClient jdbc;

    Invites(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(InviteDetails invite) {
        jdbc.sql(INSERT).params(Rows.params(invite)).update();
    }

    Optional<InviteDetails> find(String spaceId, String inviteId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM invites i WHERE i.id = ? AND i.space_id = ?")
                .params(inviteId, spaceId)
                .query(ROW)
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
                        .param("now", Rows.stored(now))
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
                WHERE id = ? AND space_id = ? AND activated_at IS NULL AND revoked_at IS NULL""").params(Rows.stored(now), inviteId, spaceId).update() == 1;
    }

    /** A page of a space's invites, newest first, optionally only those in one state. */
    List<InviteDetails> list(String spaceId, InviteDetails.State state, Instant now, Paging paging) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM invites i" + where(state)
                        + " ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset")
                .params(params(spaceId, state, now))
                .param("limit", paging.limit())
                .param("offset", paging.offset())
                .query(ROW)
                .list();
    }

    int count(String spaceId, InviteDetails.State state, Instant now) {
        return jdbc.sql("SELECT COUNT(*) FROM invites i" + where(state))
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
            params.put("now", Rows.stored(now));
        }
        return params;
    }
}
