package dev.moodhoodkit.server.spaces;

import dev.moodhoodkit.server.authz.RoleGrants;
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
     * Gives the user the role in the space, replacing the role they had ({@link RoleGrants});
     * the space's owner keeps owning it and gets no member row.
     */
    public void admit(String spaceId, String userId, SpaceRole role, Instant now) {
        if (Rows.any(jdbc, "SELECT COUNT(*) FROM spaces WHERE id = ? AND owner_id = ?", spaceId, userId)) {
            return;
        }
        RoleGrants.put(jdbc, "space_members", "space_id", spaceId, userId, role, now);
    }
}
