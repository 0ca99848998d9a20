package dev.moodhoodkit.server.authz;

import dev.moodhoodkit.server.common.Rows;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Stores a user's role in a space (space_members) or a room (room_roles), replacing the role
 * they had. The insert cannot fail on a concurrent grant to the same user (ON CONFLICT DO
 * NOTHING, on H2 and PostgreSQL); the update then sets the role.
 */
public final class RoleGrants {

    private RoleGrants() {}

    /**
     * @param table       {@code space_members} or {@code room_roles}
     * @param scopeColumn the table's {@code space_id} or {@code room_id}
     */
    public static void put(
            JdbcClient jdbc,
            String table,
            String scopeColumn,
            String scopeId,
            String userId,
            Enum<?> role,
            Instant now) {
        int inserted = jdbc.sql("INSERT INTO " + table + " (" + scopeColumn
                        + ", user_id, role, created_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")
                .params(scopeId, userId, Rows.stored(role), Rows.stored(now))
                .update();
        if (inserted == 0) {
            jdbc.sql("UPDATE " + table + " SET role = ? WHERE " + scopeColumn + " = ? AND user_id = ?")
                    .params(Rows.stored(role), scopeId, userId)
                    .update();
        }
    }
}
