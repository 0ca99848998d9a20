package dev.moodhoodkit.server.spaces;

import dev.moodhoodkit.server.authz.SpaceRole;
import java.time.Instant;

/** A space as stored (a row of the spaces table). {@code description} and {@code logo} may be null. */
record SpaceDetails(
        String id, String ownerId, String name, String description, String logo, boolean isPublic, Instant createdAt) {

    /** What a create sets and an update replaces. */
    record Fields(String name, String description, String logo, boolean isPublic) {}

    /** A space with the caller's role in it (null when it has none). */
    record Seen(SpaceDetails space, SpaceRole roleOfCaller) {}

    static SpaceDetails of(String id, String ownerId, Fields fields, Instant createdAt) {
        return new SpaceDetails(
                id, ownerId, fields.name(), fields.description(), fields.logo(), fields.isPublic(), createdAt);
    }
}
