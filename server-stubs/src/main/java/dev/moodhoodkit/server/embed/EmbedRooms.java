package dev.moodhoodkit.server.embed;

import dev.moodhoodkit.server.rooms.RoomDetails;
import dev.moodhoodkit.server.rooms.RoomSettings;
import dev.moodhoodkit.server.rooms.Rooms;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What embedding reads of a room: where it is, its alias, and the settings behind the iframe's
 * permissions. The room page finds its room by alias, the descriptor by id.
 */
@Component
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

    private final Rooms rooms;

    EmbedRooms(Rooms rooms) {
        this.rooms = rooms;
    }

    Optional<EmbedRoom> find(String spaceId, String roomId) {
        return rooms.find(spaceId, roomId).map(EmbedRooms::embedRoom);
    }

    Optional<EmbedRoom> byAlias(String alias) {
        return rooms.byAlias(alias).map(EmbedRooms::embedRoom);
    }

    private static EmbedRoom embedRoom(RoomDetails room) {
        RoomSettings s = room.settings();
        return new EmbedRoom(
                room.id(),
                room.spaceId(),
                room.alias(),
                s.isChatAllowed(),
                s.isCameraPublishingAllowed(),
                s.isMicrophonePublishingAllowed(),
                s.isScreensharingAllowed(),
                s.isScreenMediaPublishingAllowed());
    }
}
