package dev.moodhoodkit.server.auth;

import dev.moodhoodkit.server.common.ProblemException;
import java.util.Optional;

/**
 * Who makes a call. The three kinds of access token are distinct types, so code that needs a
 * user cannot be handed a client or a guest by mistake; the checks of a token's kind live here,
 * once, each with the problem its refusal answers.
 */
public sealed interface Caller permits Caller.Client, Caller.User, Caller.Guest {

    /** The client (integrating application) whose credentials made the token; null for a guest or a personal token. */
    String clientPk();

    /** The public id of that client, as tokens carry it in {@code cId}; null when there is none. */
    String clientId();

    /** What the caller is, as participants and deliveries record it: {@code user}, {@code client} or {@code guest}. */
    String kind();

    /** The id of the principal within its kind: a user's id, a client's key, a guest link's id. */
    String principalId();

    /** The caller as a user; empty for a client or a guest. */
    default Optional<User> asUser() {
        return this instanceof User user ? Optional.of(user) : Optional.empty();
    }

    /** The caller as a guest; empty for a user or a client. */
    default Optional<Guest> asGuest() {
        return this instanceof Guest guest ? Optional.of(guest) : Optional.empty();
    }

    default boolean isGuest() {
        return this instanceof Guest;
    }

    /** The user that a user-only call acts as; a client or guest token answers 403, as MoodHood does. */
    default User requireUser() {
        return asUser().orElseThrow(ProblemException::userTokenRequired);
    }

    /**
     * The caller of a call the spec declares for user tokens, which guest tokens (user tokens
     * limited to their room) may make too: a client token answers 403.
     */
    default Caller requireUserOrGuest() {
        if (this instanceof Client) {
            throw ProblemException.userTokenRequired();
        }
        return this;
    }

    /** The caller of a call that a guest token may not make: a guest answers 403 with {@code detail}. */
    default Caller requireNotGuest(String detail) {
        if (isGuest()) {
            throw ProblemException.forbidden(detail);
        }
        return this;
    }

    /** A client token: {@code grant_type=client_credentials}. */
    record Client(String clientPk, String clientId) implements Caller {

        @Override
        public String kind() {
            return "client";
        }

        @Override
        public String principalId() {
            return clientPk;
        }
    }

    /** A user token, from the password grant or a personal token (which has no client). */
    record User(String userId, String clientPk, String clientId) implements Caller {

        @Override
        public String kind() {
            return "user";
        }

        @Override
        public String principalId() {
            return userId;
        }
    }

    /** A guest access token from a generate-access link: valid in its one room only. */
    record Guest(String linkId, String spaceId, String roomId, String name, String role) implements Caller {

        /** A guest acts for no client: whoever made the link answers for it, not the guest. */
        @Override
        public String clientPk() {
            return null;
        }

        @Override
        public String clientId() {
            return null;
        }

        @Override
        public String kind() {
            return "guest";
        }

        @Override
        public String principalId() {
            return linkId;
        }
    }
}
