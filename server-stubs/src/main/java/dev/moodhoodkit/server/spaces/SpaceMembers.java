package dev.moodhoodkit.server.spaces;

import dev.moodhoodkit.server.authz.SpaceRole;
import dev.moodhoodkit.server.common.Rows;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Space roles of users other than the owner (space_members); the owner's role is implicit. */
@Repository
public class SpaceMembers {

    private final JdbcClient jdbc;

    SpaceMembers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Gives the user the role in the space, replacing the role they had; the space's owner
     * keeps owning it and gets no member row. The insert cannot fail on a concurrent insert of
     * the same member (ON CONFLICT DO NOTHING, on H2 and PostgreSQL); the update then sets the role.
     */
    public void admit(String spaceId, String userId, SpaceRole role, Instant now) {
        boolean owner = jdbc.sql("SELECT COUNT(*) FROM spaces WHERE id = ? AND owner_id = ?")
                        .params(spaceId, userId)
                        .query(Long.class)
                        .single()
                > 0;
        if (owner) {
            return;
        }
        int inserted = jdbc.sql("""
                INSERT INTO space_members (space_id, user_id, role, created_at) VALUES (?, ?, ?, ?)
                ON CONFLICT DO NOTHING""")
                .params(spaceId, userId, Rows.stored(role), Rows.stored(now))
                .update();
        if (inserted == 0) {
            jdbc.sql("UPDATE space_members SET role = ? WHERE space_id = ? AND user_id = ?")
                    .params(Rows.stored(role), spaceId, userId)
                    .update();
        }
    }
}
