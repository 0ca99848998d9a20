package dev.moodhoodkit.server.roles;

import dev.moodhoodkit.server.authz.RoleGrants;
import dev.moodhoodkit.server.authz.RoomRole;
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

    /** Gives the user the role in the room, replacing the one they had ({@link RoleGrants}). */
    void grant(String roomId, String userId, RoomRole role, Instant now) {
        RoleGrants.put(jdbc, "room_roles", "room_id", roomId, userId, role, now);
    }
}
