package dev.moodhoodkit.server.authz;

/** What kind of meeting a room holds: in a webinar only its hosts broadcast, the rest watch. */
public enum RoomType {
    LESSON,
    WEBINAR
}
