package dev.moodhoodkit.server.spaces;

import dev.moodhoodkit.server.authz.SpaceRole;
import dev.moodhoodkit.server.common.Paging;
import dev.moodhoodkit.server.common.Rows;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The spaces table. Members (space roles) live in space_members; the owner is spaces.owner_id. */
@Repository
class Spaces {

    private static final String COLUMNS = Rows.columns(SpaceDetails.class, "s");
    private static final RowMapper<SpaceDetails> ROW = Rows.of(SpaceDetails.class);
    private static final String INSERT = Rows.insert("spaces", SpaceDetails.class);
    private static final String UPDATE =
            "UPDATE spaces SET " + Rows.assignments(SpaceDetails.Fields.class) + " WHERE id = :id";
    /** The spaces a user owns or holds a space role in. */
    private static final String OF_USER = " FROM spaces s LEFT JOIN space_members m ON m.space_id = s.id"
            + " AND m.user_id = :user WHERE s.owner_id = :user OR m.user_id IS NOT NULL";

    private final JdbcClient jdbc;

    Spaces(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(SpaceDetails space) {
        jdbc.sql(INSERT).params(Rows.params(space)).update();
    }

    Optional<SpaceDetails> find(String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM spaces s WHERE s.id = ?")
                .param(id)
                .query(ROW)
                .optional();
    }

    /** Replaces the fields; false when the space is gone. */
    boolean update(String id, SpaceDetails.Fields fields) {
        return jdbc.sql(UPDATE).params(Rows.params(fields)).param("id", id).update() == 1;
    }

    /** Deletes the space; the schema's foreign keys cascade to its rooms, members, invites and the rest. */
    boolean delete(String id) {
        return jdbc.sql("DELETE FROM spaces WHERE id = ?").param(id).update() == 1;
    }

    /** The spaces a user owns or holds a space role in, newest first, with that role. */
    List<SpaceDetails.Seen> ofUser(String userId, Paging paging) {
        return jdbc.sql("SELECT " + COLUMNS + ", CASE WHEN s.owner_id = :user THEN '"
                        + Rows.stored(SpaceRole.ROLE_SPACE_OWNER) + "' ELSE m.role END AS roleOfCaller" + OF_USER
                        + " ORDER BY s.created_at DESC, s.id DESC LIMIT :limit OFFSET :offset")
                .param("user", userId)
                .param("limit", paging.limit())
                .param("offset", paging.offset())
                .query(Rows.of(SpaceDetails.Seen.class))
                .list();
    }

    long countOfUser(String userId) {
        return jdbc.sql("SELECT COUNT(*)" + OF_USER)
                .param("user", userId)
                .query(Long.class)
                .single();
    }
}
