package dev.moodhoodkit.server.auth;

/**
 * Who makes a call. The three kinds of access token are distinct types, so code that needs a
 * user cannot be handed a client or a guest by mistake.
 */
public sealed interface Caller permits Caller.Client, Caller.User, Caller.Guest {

    /** The client (integrating application) whose credentials made the token. */
    String clientPk();

    /** A client token: {@code grant_type=client_credentials}. */
    record Client(String clientPk, String clientId) implements Caller {}

    /** A user token, from the password grant or a personal token. */
    record User(String userId, String clientPk, String clientId) implements Caller {}

    /** A guest access token from a generate-access link: valid in its one room only. */
    record Guest(String linkId, String spaceId, String roomId, String name, String role, String clientPk)
            implements Caller {}
}
