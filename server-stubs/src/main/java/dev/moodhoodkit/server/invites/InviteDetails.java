package dev.moodhoodkit.server.invites;

import dev.moodhoodkit.server.authz.SpaceRole;
import java.time.Instant;

/** An invite as stored (a row of the invites table); its state follows from its timestamps and the time of asking. */
record InviteDetails(
        String id,
        String spaceId,
        SpaceRole role,
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

    /** An invite with its state at the time of asking. */
    record Seen(InviteDetails invite, State status) {}

    Seen seenAt(Instant now) {
        return new Seen(this, state(now));
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
