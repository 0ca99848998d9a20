package dev.moodhoodkit.server.calls;

import dev.moodhoodkit.server.auth.Caller;

/**
 * Who registered a participant, as stored with it (participants.caller_kind, caller_id,
 * user_id): a user (by user id, whichever client or personal token it came with), a client, or
 * a guest link. Only the same one may use the participant afterwards.
 *
 * @param userId the user behind the participant, when known (for unique-participant counts)
 */
record Registrant(String callerKind, String callerId, String userId) {

    static Registrant of(Caller caller) {
        // Java 17: no pattern matching in switch yet.
        if (caller instanceof Caller.User user) {
            return new Registrant("user", user.userId(), user.userId());
        }
        if (caller instanceof Caller.Guest guest) {
            return new Registrant("guest", guest.linkId(), null);
        }
        return new Registrant("client", caller.clientPk(), null);
    }

    boolean sameAs(Registrant other) {
        return callerKind.equals(other.callerKind) && callerId.equals(other.callerId);
    }
}
