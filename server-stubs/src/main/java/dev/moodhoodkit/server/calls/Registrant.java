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
        return new Registrant(
                caller.kind(),
                caller.principalId(),
                caller.asUser().map(Caller.User::userId).orElse(null));
    }

    boolean sameAs(Registrant other) {
        return callerKind.equals(other.callerKind) && callerId.equals(other.callerId);
    }
}
