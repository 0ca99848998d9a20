package dev.moodhoodkit.server.auth;

import java.time.Instant;
import java.util.Optional;

/**
 * What authentication asks of guest links, which the {@code access} feature keeps: an
 * interface here, so that {@code auth} does not depend on the feature that depends on it.
 */
public interface GuestLinkDirectory {

    /**
     * The guest that an unexpired link admits, and whether it is a one-time link already used
     * ({@code spent}: its token still opens its room's API, but no longer signs a room page in).
     */
    record GuestPass(Caller.Guest guest, boolean spent) {}

    /** The pass of the link when it exists and has not expired. */
    Optional<GuestPass> unexpired(String linkId, Instant now);
}
