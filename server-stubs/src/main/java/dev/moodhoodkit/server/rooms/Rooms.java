package dev.moodhoodkit.server.rooms;

import dev.moodhoodkit.server.authz.AccessPolicy;
import dev.moodhoodkit.server.authz.RoomRole;
import dev.moodhoodkit.server.common.Paging;
import dev.moodhoodkit.server.common.Rows;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rooms table. The owner is rooms.owner_id; other room roles live in room_roles. */
@Repository
public class Rooms {

    /** Every column of a room, as {@link #ROW} reads it. */
    private static final String COLUMNS = Rows.columns(RoomDetails.class, "r");

    private static final RowMapper<RoomDetails> ROW = Rows.of(RoomDetails.class);
    private static final String INSERT = Rows.insert("rooms", RoomDetails.class);
    private static final String UPDATE =
            "UPDATE rooms SET name = :name, " + Rows.assignments(RoomSettings.class) + " WHERE id = :id";

    private final JdbcClient jdbc;

    Rooms(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The room's alias, which its links carry (the guest links of the access feature). */
    public Optional<String> alias(String spaceId, String roomId) {
        return find(spaceId, roomId).map(RoomDetails::alias);
    }

    /** The room of this id, in this space. */
    public Optional<RoomDetails> find(String spaceId, String roomId) {
        return one("r.id = :id AND r.space_id = :space", Map.of("id", roomId, "space", spaceId));
    }

    /** The room of this id, wherever it is. */
    public Optional<RoomDetails> find(String roomId) {
        return one("r.id = :id", Map.of("id", roomId));
    }

    /** Aliases are unique (rooms.alias), so an alias names one room. */
    public Optional<RoomDetails> byAlias(String alias) {
        return one("r.alias = :alias", Map.of("alias", alias));
    }

    /** Inserts the room; a taken alias (or id) fails with DuplicateKeyException. */
    void insert(RoomDetails room) {
        jdbc.sql(INSERT).params(Rows.params(room)).update();
    }

    /** The room, locked until the transaction ends, so that concurrent partial updates do not lose fields. */
    Optional<RoomDetails> findForUpdate(String spaceId, String roomId) {
        return one("r.id = :id AND r.space_id = :space FOR UPDATE", Map.of("id", roomId, "space", spaceId));
    }

    void update(RoomDetails room) {
        jdbc.sql(UPDATE).params(Rows.params(room)).update();
    }

    /** Deletes the room; foreign keys cascade to its roles, guest links, calls, participants and records. */
    boolean delete(String spaceId, String roomId) {
        return jdbc.sql("DELETE FROM rooms WHERE id = ? AND space_id = ?")
                        .params(roomId, spaceId)
                        .update()
                == 1;
    }

    /**
     * A page of the rooms that the listing admits, newest first, each with the caller's role: the
     * owner's is implicit, the others are room_roles rows.
     */
    List<RoomDetails.Seen> list(AccessPolicy.RoomListing listing, Paging paging) {
        String role = listing.userId() == null
                ? "NULL"
                : "CASE WHEN r.owner_id = :user THEN '" + Rows.stored(RoomRole.ROLE_ROOM_OWNER) + "' ELSE rr.role END";
        return jdbc.sql("SELECT " + COLUMNS + ", " + role + " AS roleOfCaller" + from(listing)
                        + " ORDER BY r.created_at DESC, r.id DESC LIMIT :limit OFFSET :offset")
                .params(params(listing))
                .param("limit", paging.limit())
                .param("offset", paging.offset())
                .query(Rows.of(RoomDetails.Seen.class))
                .list();
    }

    int count(AccessPolicy.RoomListing listing) {
        return jdbc.sql("SELECT COUNT(*)" + from(listing))
                .params(params(listing))
                .query(Long.class)
                .single()
                .intValue();
    }

    private Optional<RoomDetails> one(String where, Map<String, ?> params) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM rooms r WHERE " + where)
                .params(params)
                .query(ROW)
                .optional();
    }

    /**
     * The rooms a listing admits: the public ones if it says so, plus for a user those it owns or
     * holds a room role in (the rule itself is {@link AccessPolicy#roomListing}'s).
     */
    private static String from(AccessPolicy.RoomListing listing) {
        if (listing.userId() == null) {
            return " FROM rooms r WHERE r.space_id = :space AND r.is_public = TRUE";
        }
        return " FROM rooms r LEFT JOIN room_roles rr ON rr.room_id = r.id AND rr.user_id = :user"
                + " WHERE r.space_id = :space AND ("
                + (listing.publicRooms() ? "r.is_public = TRUE OR " : "")
                + "r.owner_id = :user OR rr.user_id IS NOT NULL)";
    }

    private static Map<String, Object> params(AccessPolicy.RoomListing listing) {
        Map<String, Object> params = new HashMap<>();
        params.put("space", listing.space().spaceId());
        if (listing.userId() != null) {
            params.put("user", listing.userId());
        }
        return params;
    }
}
