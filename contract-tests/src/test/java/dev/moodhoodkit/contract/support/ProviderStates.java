package dev.moodhoodkit.contract.support;

/**
 * The provider states of the pacts: short present-tense sentences, some taking parameters.
 * Consumer tests name them in {@code given(...)}; the provider verification has one
 * {@code @State} handler per sentence, which seeds the state through the server's real API and
 * hands back the values the interaction injects ({@code fromProviderState}). Every state
 * answers at least {@code userToken} (the caller) and {@code clientToken}.
 */
public final class ProviderStates {

    /** Answers clientId, clientSecret, clientToken and newEmail (an address no user has). */
    public static final String CLIENT = "a client exists";
    /** Answers userId, email, password, userToken. */
    public static final String USER = "a user exists";
    /** Answers userToken, integrationClientId (the id of the client the user made). */
    public static final String USER_WITH_INTEGRATION_CLIENT = "a user with an integration client exists";
    /** Answers userToken, tokenId. */
    public static final String USER_WITH_PERSONAL_TOKEN = "a user with a personal token exists";
    /** Answers userToken, spaceId, roomId (the user's default meeting room). */
    public static final String USER_WITH_MEETING_ROOM = "a user with a default meeting room exists";
    /** Parameter isPublic (default false). Answers userId, userToken, spaceId. */
    public static final String SPACE = "a user with a space exists";
    /** Answers userToken (a stranger's), spaceId, roomId. */
    public static final String PRIVATE_SPACE_OF_ANOTHER_USER = "a private space of another user exists";
    /** Parameter role (role_space_user or role_space_moderator). Answers userToken (the member's), spaceId. */
    public static final String SPACE_MEMBER = "a user with a role in a space exists";
    /** Parameters type, isRecordAllowed. Answers userId, userToken, spaceId, roomId. */
    public static final String ROOM = "a user with a room exists";
    /** Answers userToken (the room owner's), spaceId, roomId, targetUserId (a user with no role in the room). */
    public static final String ROOM_AND_SECOND_USER = "a room and a second user exist";
    /** Answers userToken (the owner's), inviteeToken (another user's), spaceId, inviteId. */
    public static final String PENDING_INVITE = "a space with a pending invite exists";
    /** Answers userToken (the owner's), inviteeToken (a user other than the one who activated it), spaceId, inviteId. */
    public static final String ACTIVATED_INVITE = "an invite that was already activated exists";
    /** Parameter joined (default false). Answers userToken, spaceId, roomId, participantId. */
    public static final String PARTICIPANT = "a participant of a room exists";
    /** Parameter isRecordAllowed. Answers userToken, spaceId, roomId, callId. */
    public static final String CALL_IN_PROGRESS = "a room with a call in progress exists";
    /** Answers userToken, spaceId, roomId, recordId. */
    public static final String RECORDING = "a room being recorded exists";
    /** Answers userToken, spaceId, roomId, recordId. */
    public static final String FINISHED_RECORD = "a room with a finished record exists";
    /** Answers userToken, spaceId, roomId, callId. */
    public static final String FINISHED_CALL = "a space with a finished call exists";
    /** Answers userToken, spaceId. */
    public static final String WEBHOOK = "a space with a webhook exists";
    /** Answers userToken, spaceId, roomId. */
    public static final String WEBHOOK_CALLED = "a space whose webhook was called exists";

    private ProviderStates() {}
}
