package dev.moodhoodkit.server.embed;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What embedding reads of a room: where it is, its alias, and the settings behind the iframe's
 * permissions. The room page finds its room by alias, the descriptor by id.
 */
@Repository
class EmbedRooms {

    record EmbedRoom(
            String id,
            String spaceId,
            String alias,
            boolean chat,
            boolean camera,
            boolean microphone,
            boolean screensharing,
            boolean screenMedia) {}

    private static final String COLUMNS = """
            id, space_id, alias, is_chat_allowed, is_camera_publishing_allowed, is_microphone_publishing_allowed,
                is_screensharing_allowed, is_screen_media_publishing_allowed""";

    private final JdbcClient jdbc;

    EmbedRooms(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<EmbedRoom> find(String spaceId, String roomId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM rooms WHERE id = ? AND space_id = ?")
                .params(roomId, spaceId)
                .query(EmbedRooms::map)
                .optional();
    }

    /** Aliases are unique (rooms.alias), so an alias names one room. */
    Optional<EmbedRoom> byAlias(String alias) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM rooms WHERE alias = ?")
                .param(alias)
                .query(EmbedRooms::map)
                .optional();
    }

    private static EmbedRoom map(ResultSet rs, int row) throws SQLException {
        return new EmbedRoom(
                rs.getString("id"),
                rs.getString("space_id"),
                rs.getString("alias"),
                rs.getBoolean("is_chat_allowed"),
                rs.getBoolean("is_camera_publishing_allowed"),
                rs.getBoolean("is_microphone_publishing_allowed"),
                rs.getBoolean("is_screensharing_allowed"),
                rs.getBoolean("is_screen_media_publishing_allowed"));
    }
}
