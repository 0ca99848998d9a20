package dev.moodhoodkit.server.rooms;

import dev.moodhoodkit.server.authz.AccessPolicy;
import dev.moodhoodkit.server.common.Paging;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rooms table. The owner is rooms.owner_id; other room roles live in room_roles. */
@Repository
public class Rooms {

    private static final String COLUMNS = """
            r.id, r.space_id, r.owner_id, r.alias, r.channel_id, r.name, r.type, r.is_public,
            r.is_screensharing_allowed, r.is_chat_allowed, r.is_record_allowed, r.is_auto_recording_allowed,
            r.is_microphone_publishing_allowed, r.is_camera_publishing_allowed, r.is_screen_media_publishing_allowed,
            r.is_avatars_allowed, r.is_self_renaming_allowed, r.is_hand_raising_allowed, r.is_remote_drawing_allowed,
            r.waiting_room_audience, r.redirect_url, r.created_at, r.last_call_at""";

    private final JdbcClient jdbc;

    Rooms(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The room's alias, which its links carry (the guest links of the access feature). */
    public Optional<String> alias(String spaceId, String roomId) {
        return jdbc.sql("SELECT alias FROM rooms WHERE id = ? AND space_id = ?")
                .params(roomId, spaceId)
                .query(String.class)
                .optional();
    }

    /** Inserts the room; a taken alias (or id) fails with DuplicateKeyException. */
    void insert(RoomDetails room) {
        RoomSettings s = room.settings();
        jdbc.sql("""
                INSERT INTO rooms (id, space_id, owner_id, alias, channel_id, name, type, is_public,
                    is_screensharing_allowed, is_chat_allowed, is_record_allowed, is_auto_recording_allowed,
                    is_microphone_publishing_allowed, is_camera_publishing_allowed, is_screen_media_publishing_allowed,
                    is_avatars_allowed, is_self_renaming_allowed, is_hand_raising_allowed, is_remote_drawing_allowed,
                    waiting_room_audience, redirect_url, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        room.id(),
                        room.spaceId(),
                        room.ownerId(),
                        room.alias(),
                        room.channelId(),
                        room.name(),
                        s.type(),
                        s.isPublic(),
                        s.screensharingAllowed(),
                        s.chatAllowed(),
                        s.recordAllowed(),
                        s.autoRecordingAllowed(),
                        s.microphonePublishingAllowed(),
                        s.cameraPublishingAllowed(),
                        s.screenMediaPublishingAllowed(),
                        s.avatarsAllowed(),
                        s.selfRenamingAllowed(),
                        s.handRaisingAllowed(),
                        s.remoteDrawingAllowed(),
                        s.waitingRoomAudience(),
                        s.redirectUrl(),
                        room.createdAt().atOffset(ZoneOffset.UTC))
                .update();
    }

    Optional<RoomDetails> find(String spaceId, String roomId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM rooms r WHERE r.id = ? AND r.space_id = ?")
                .params(roomId, spaceId)
                .query(Rooms::map)
                .optional();
    }

    /** The room, locked until the transaction ends, so that concurrent partial updates do not lose fields. */
    Optional<RoomDetails> findForUpdate(String spaceId, String roomId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM rooms r WHERE r.id = ? AND r.space_id = ? FOR UPDATE")
                .params(roomId, spaceId)
                .query(Rooms::map)
                .optional();
    }

    void update(String roomId, String name, RoomSettings s) {
        jdbc.sql("""
                UPDATE rooms SET name = ?, type = ?, is_public = ?, is_screensharing_allowed = ?, is_chat_allowed = ?,
                    is_record_allowed = ?, is_auto_recording_allowed = ?, is_microphone_publishing_allowed = ?,
                    is_camera_publishing_allowed = ?, is_screen_media_publishing_allowed = ?, is_avatars_allowed = ?,
                    is_self_renaming_allowed = ?, is_hand_raising_allowed = ?, is_remote_drawing_allowed = ?,
                    waiting_room_audience = ?, redirect_url = ?
                WHERE id = ?""")
                .params(
                        name,
                        s.type(),
                        s.isPublic(),
                        s.screensharingAllowed(),
                        s.chatAllowed(),
                        s.recordAllowed(),
                        s.autoRecordingAllowed(),
                        s.microphonePublishingAllowed(),
                        s.cameraPublishingAllowed(),
                        s.screenMediaPublishingAllowed(),
                        s.avatarsAllowed(),
                        s.selfRenamingAllowed(),
                        s.handRaisingAllowed(),
                        s.remoteDrawingAllowed(),
                        s.waitingRoomAudience(),
                        s.redirectUrl(),
                        roomId)
                .update();
    }

    /** Deletes the room; foreign keys cascade to its roles, guest links, calls, participants and records. */
    boolean delete(String spaceId, String roomId) {
        return jdbc.sql("DELETE FROM rooms WHERE id = ? AND space_id = ?")
                        .params(roomId, spaceId)
                        .update()
                == 1;
    }

    /** A page of the rooms that the listing admits, newest first, each with the caller's role. */
    List<RoomDetails.Seen> list(AccessPolicy.RoomListing listing, Paging paging) {
        String userId = listing.userId();
        return jdbc.sql("SELECT " + COLUMNS + (userId == null ? ", NULL AS granted_role" : ", rr.role AS granted_role")
                        + from(listing) + " ORDER BY r.created_at DESC, r.id DESC LIMIT :limit OFFSET :offset")
                .params(params(listing))
                .param("limit", paging.limit())
                .param("offset", paging.offset())
                .query((rs, n) -> {
                    RoomDetails room = map(rs, n);
                    String role =
                            room.ownerId().equals(userId) ? AccessPolicy.ROOM_OWNER : rs.getString("granted_role");
                    return new RoomDetails.Seen(room, role);
                })
                .list();
    }

    int count(AccessPolicy.RoomListing listing) {
        return jdbc.sql("SELECT COUNT(*)" + from(listing))
                .params(params(listing))
                .query(Long.class)
                .single()
                .intValue();
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

    private static java.util.Map<String, Object> params(AccessPolicy.RoomListing listing) {
        return listing.userId() == null
                ? java.util.Map.of("space", listing.space().spaceId())
                : java.util.Map.of("space", listing.space().spaceId(), "user", listing.userId());
    }

    private static RoomDetails map(ResultSet rs, int row) throws SQLException {
        RoomSettings settings = new RoomSettings(
                rs.getString("type"),
                rs.getBoolean("is_public"),
                rs.getBoolean("is_screensharing_allowed"),
                rs.getBoolean("is_chat_allowed"),
                rs.getBoolean("is_record_allowed"),
                rs.getBoolean("is_auto_recording_allowed"),
                rs.getBoolean("is_microphone_publishing_allowed"),
                rs.getBoolean("is_camera_publishing_allowed"),
                rs.getBoolean("is_screen_media_publishing_allowed"),
                rs.getBoolean("is_avatars_allowed"),
                rs.getBoolean("is_self_renaming_allowed"),
                rs.getBoolean("is_hand_raising_allowed"),
                rs.getBoolean("is_remote_drawing_allowed"),
                rs.getString("waiting_room_audience"),
                rs.getString("redirect_url"));
        OffsetDateTime lastCall = rs.getObject("last_call_at", OffsetDateTime.class);
        return new RoomDetails(
                rs.getString("id"),
                rs.getString("space_id"),
                rs.getString("owner_id"),
                rs.getString("alias"),
                rs.getString("channel_id"),
                rs.getString("name"),
                settings,
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                lastCall == null ? null : lastCall.toInstant());
    }
}
