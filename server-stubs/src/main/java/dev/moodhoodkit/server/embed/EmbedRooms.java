package dev.moodhoodkit.server.embed;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What the embed descriptor reads of a room: its alias and the settings behind the iframe's permissions. */
@Repository
class EmbedRooms {

    record EmbedRoom(String alias, boolean chat, boolean camera, boolean microphone, boolean screensharing,
            boolean screenMedia) {
    }

    private final JdbcClient jdbc;

    EmbedRooms(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<EmbedRoom> find(String spaceId, String roomId) {
        return jdbc.sql("""
                SELECT alias, is_chat_allowed, is_camera_publishing_allowed, is_microphone_publishing_allowed,
                    is_screensharing_allowed, is_screen_media_publishing_allowed
                FROM rooms WHERE id = ? AND space_id = ?""")
                .params(roomId, spaceId)
                .query((rs, n) -> new EmbedRoom(rs.getString("alias"), rs.getBoolean("is_chat_allowed"),
                        rs.getBoolean("is_camera_publishing_allowed"), rs.getBoolean("is_microphone_publishing_allowed"),
                        rs.getBoolean("is_screensharing_allowed"), rs.getBoolean("is_screen_media_publishing_allowed")))
                .optional();
    }
}
