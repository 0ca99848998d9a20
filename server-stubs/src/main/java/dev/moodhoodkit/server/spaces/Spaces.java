package dev.moodhoodkit.server.spaces;

import dev.moodhoodkit.server.authz.AccessPolicy;
import dev.moodhoodkit.server.common.Paging;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The spaces table. Members (space roles) live in space_members; the owner is spaces.owner_id. */
@Repository
class Spaces {

    private static final String COLUMNS = "s.id, s.owner_id, s.name, s.description, s.logo, s.is_public, s.created_at";

    private final JdbcClient jdbc;

    Spaces(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String id, String ownerId, SpaceDetails.Fields fields, Instant now) {
        jdbc.sql("""
                INSERT INTO spaces (id, owner_id, name, description, logo, is_public, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        ownerId,
                        fields.name(),
                        fields.description(),
                        fields.logo(),
                        fields.isPublic(),
                        now.atOffset(ZoneOffset.UTC))
                .update();
    }

    Optional<SpaceDetails> find(String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM spaces s WHERE s.id = ?")
                .param(id)
                .query(Spaces::map)
                .optional();
    }

    /** Replaces the fields; false when the space is gone. */
    boolean update(String id, SpaceDetails.Fields fields) {
        return jdbc.sql("UPDATE spaces SET name = ?, description = ?, logo = ?, is_public = ? WHERE id = ?")
                        .params(fields.name(), fields.description(), fields.logo(), fields.isPublic(), id)
                        .update()
                == 1;
    }

    /** Deletes the space; the schema's foreign keys cascade to its rooms, members, invites and the rest. */
    boolean delete(String id) {
        return jdbc.sql("DELETE FROM spaces WHERE id = ?").param(id).update() == 1;
    }

    /** The spaces a user owns or holds a space role in, newest first, with that role. */
    List<SpaceDetails.Seen> ofUser(String userId, Paging paging) {
        return jdbc.sql("SELECT " + COLUMNS + ", m.role AS member_role FROM spaces s "
                        + "LEFT JOIN space_members m ON m.space_id = s.id AND m.user_id = :user "
                        + "WHERE s.owner_id = :user OR m.user_id IS NOT NULL "
                        + "ORDER BY s.created_at DESC, s.id DESC LIMIT :limit OFFSET :offset")
                .param("user", userId)
                .param("limit", paging.limit())
                .param("offset", paging.offset())
                .query((rs, n) -> {
                    SpaceDetails space = map(rs, n);
                    String role =
                            space.ownerId().equals(userId) ? AccessPolicy.SPACE_OWNER : rs.getString("member_role");
                    return new SpaceDetails.Seen(space, role);
                })
                .list();
    }

    int countOfUser(String userId) {
        return jdbc.sql("SELECT COUNT(*) FROM spaces s "
                        + "LEFT JOIN space_members m ON m.space_id = s.id AND m.user_id = :user "
                        + "WHERE s.owner_id = :user OR m.user_id IS NOT NULL")
                .param("user", userId)
                .query(Long.class)
                .single()
                .intValue();
    }

    private static SpaceDetails map(ResultSet rs, int row) throws SQLException {
        return new SpaceDetails(
                rs.getString("id"),
                rs.getString("owner_id"),
                rs.getString("name"),
                rs.getString("description"),
                rs.getString("logo"),
                rs.getBoolean("is_public"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
