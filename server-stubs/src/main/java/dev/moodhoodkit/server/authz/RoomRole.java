package dev.moodhoodkit.server.authz;

/** A user's role in a room; the owner's is implicit (rooms.owner_id), the others are stored. */
public enum RoomRole {
    ROLE_ROOM_OWNER,
    ROLE_ROOM_MODERATOR,
    ROLE_ROOM_USER;

    public boolean moderatesRoom() {
        return this == ROLE_ROOM_OWNER || this == ROLE_ROOM_MODERATOR;
    }
}
