package dev.moodhoodkit.server.invites;

import java.time.Instant;

/** An invite as stored; its state follows from its timestamps and the time of asking. */
record InviteDetails(
        String id,
        String spaceId,
        String role,
        String createdBy,
        Instant createdAt,
        Instant expiresAt,
        Instant revokedAt,
        String activatedBy,
        Instant activatedAt) {

    /** An invite's state; the first that applies wins: activated, revoked, expired, pending. */
    enum State {
        PENDING,
        ACTIVATED,
        REVOKED,
        EXPIRED
    }

    State state(Instant now) {
        if (activatedAt != null) {
            return State.ACTIVATED;
        }
        if (revokedAt != null) {
            return State.REVOKED;
        }
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            return State.EXPIRED;
        }
        return State.PENDING;
    }
}
