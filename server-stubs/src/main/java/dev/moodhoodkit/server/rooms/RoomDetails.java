package dev.moodhoodkit.server.rooms;

import java.time.Instant;

/** A room as stored. {@code lastCallAt} is null until its first call. */
record RoomDetails(
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
    record Seen(RoomDetails room, String roleOfCaller) {}
}
