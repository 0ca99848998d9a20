package dev.moodhoodkit.server.roles;

import dev.moodhoodkit.server.authz.RoomRole;
import dev.moodhoodkit.server.common.Rows;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Room roles (room_roles) of users other than the room's owner, whose role is rooms.owner_id. */
@Repository
class RoomRoles {

    private final JdbcClient jdbc;

    RoomRoles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Gives the user the role in the room, replacing the one they had. The insert cannot fail
     * on a concurrent grant to the same user (ON CONFLICT DO NOTHING, on H2 and PostgreSQL);
     * the update then sets the role.
     */
    void grant(String roomId, String userId, RoomRole role, Instant now) {
        int inserted = jdbc.sql("""
                INSERT INTO room_roles (room_id, user_id, role, created_at) VALUES (?, ?, ?, ?)
                ON CONFLICT DO NOTHING""")
                .params(roomId, userId, Rows.stored(role), Rows.stored(now))
                .update();
        if (inserted == 0) {
            jdbc.sql("UPDATE room_roles SET role = ? WHERE room_id = ? AND user_id = ?")
                    .params(Rows.stored(role), roomId, userId)
                    .update();
        }
    }
}
