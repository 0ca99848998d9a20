package dev.moodhoodkit.server.auth;

/**
 * A token that authenticates nobody, with the reason a page may tell the person (the API
 * answers every reason with the same 401). Thrown for each bad token, so it skips the stack
 * trace: a flood of forged tokens costs no more than a flood of good ones.
 */
public final class TokenRefused extends RuntimeException {

    /** Why: each reason says what the person can do about it. */
    public enum Reason {
        /** Damaged, forged, revoked, of the wrong kind, or of someone who no longer exists. */
        INVALID,
        /** One of ours that has only expired. */
        EXPIRED,
        /** A one-time token (a refresh token, a one-time guest link) that has been used. */
        USED,
        /** A guest link's token shown to another room's page. */
        OTHER_ROOM
    }

    private final Reason reason;

    TokenRefused(Reason reason) {
        super("token refused: " + reason, null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
