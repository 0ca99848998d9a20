package dev.moodhoodkit.server.rooms;

import dev.moodhoodkit.server.authz.RoomRole;
import java.time.Instant;

/** A room as stored (a row of the rooms table). {@code lastCallAt} is null until its first call. */
public record RoomDetails(
        String id,
        String spaceId,
        String ownerId,
        String alias,
        String channelId,
        String name,
        RoomSettings settings,
        Instant createdAt,
        Instant lastCallAt) {

    /** A room with the caller's role in it (null when it has none). */
    record Seen(RoomDetails room, RoomRole roleOfCaller) {}

    RoomDetails renamed(String newName, RoomSettings newSettings) {
        return new RoomDetails(id, spaceId, ownerId, alias, channelId, newName, newSettings, createdAt, lastCallAt);
    }
}
