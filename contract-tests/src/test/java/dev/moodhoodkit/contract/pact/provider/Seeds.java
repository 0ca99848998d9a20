package dev.moodhoodkit.contract.pact.provider;

import dev.moodhoodkit.client.model.CreateInviteRequest;
import dev.moodhoodkit.client.model.CreateParticipantRequest;
import dev.moodhoodkit.client.model.CreatePersonalTokenRequest;
import dev.moodhoodkit.client.model.CreateRoomRequest;
import dev.moodhoodkit.client.model.CreateSpaceRequest;
import dev.moodhoodkit.client.model.CreateUserRequest;
import dev.moodhoodkit.client.model.CreateWebHookRequest;
import dev.moodhoodkit.client.model.ParticipantRef;
import dev.moodhoodkit.client.model.ParticipantRole;
import dev.moodhoodkit.client.model.RoomType;
import dev.moodhoodkit.client.model.SpaceRole;
import dev.moodhoodkit.client.model.TokenRequest;
import dev.moodhoodkit.contract.support.GeneratedClient;
import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Seeds the provider states through the server's real API, with the generated client: users
 * are created with the client token and sign in with the password grant, spaces and rooms are
 * created by their owners, members join by activating an invite, calls start when a
 * participant joins. Nothing is written behind the server's back, so a state is exactly what a
 * client could have made.
 *
 * <p>Users whose own settings an interaction reads or changes (integration client, personal
 * tokens, meeting room) are new each time; owners of spaces and strangers are made once, as
 * each state makes its own space.
 */
final class Seeds {

    /** A user and a user token. */
    record Account(String id, String email, String password, String token) {}

    private static final String PASSWORD = "correct-horse-battery";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final String baseUrl;
    private final String clientId;
    private final String clientSecret;
    private String clientToken;
    private Account owner;
    private Account stranger;

    Seeds(String baseUrl, String clientId, String clientSecret) {
        this.baseUrl = baseUrl;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
    }

    String clientId() {
        return clientId;
    }

    String clientSecret() {
        return clientSecret;
    }

    GeneratedClient.Apis as(String token) {
        return GeneratedClient.connect(baseUrl, token);
    }

    GeneratedClient.Apis as(Account account) {
        return as(account.token());
    }

    synchronized String clientToken() {
        if (clientToken == null) {
            clientToken = as((String) null)
                    .auth()
                    .getAccessToken(new TokenRequest()
                            .grantType(TokenRequest.GrantTypeEnum.CLIENT_CREDENTIALS)
                            .clientId(clientId)
                            .clientSecret(clientSecret))
                    .getAccessToken();
        }
        return clientToken;
    }

    /** An email no user has. */
    String unusedEmail() {
        return "user-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() + "@contract.example.com";
    }

    Account newUser() {
        String email = unusedEmail();
        String id = as(clientToken())
                .users()
                .createNewUser(
                        new CreateUserRequest().email(email).username("Anna").password(PASSWORD))
                .getId();
        String token = as((String) null)
                .auth()
                .getAccessToken(new TokenRequest()
                        .grantType(TokenRequest.GrantTypeEnum.PASSWORD)
                        .clientId(clientId)
                        .clientSecret(clientSecret)
                        .username(email)
                        .password(PASSWORD))
                .getAccessToken();
        return new Account(id, email, PASSWORD, token);
    }

    /** The owner of the spaces the states make. */
    synchronized Account owner() {
        if (owner == null) {
            owner = newUser();
        }
        return owner;
    }

    /** A user with no role anywhere unless a state gives one. */
    synchronized Account stranger() {
        if (stranger == null) {
            stranger = newUser();
        }
        return stranger;
    }

    String space(Account owner, boolean isPublic) {
        return as(owner)
                .spaces()
                .createSpace(new CreateSpaceRequest()
                        .name("Design school")
                        .description("Evening classes in product design")
                        .logo(URI.create("https://example.com/logo.png"))
                        .isPublic(isPublic))
                .getId();
    }

    String room(Account owner, String spaceId, String type, boolean isRecordAllowed) {
        return as(owner)
                .rooms()
                .createRoom(
                        spaceId,
                        new CreateRoomRequest()
                                .name("Monday lesson")
                                .type(RoomType.fromValue(type))
                                .isPublic(false)
                                .isRecordAllowed(isRecordAllowed))
                .getId();
    }

    String invite(Account owner, String spaceId, SpaceRole role) {
        return as(owner)
                .invites()
                .createInvite(spaceId, new CreateInviteRequest().role(role))
                .getId();
    }

    /** A new user admitted to the space with this role, by activating an invite. */
    Account member(Account owner, String spaceId, SpaceRole role) {
        Account member = newUser();
        as(member).invites().activateInvite(spaceId, invite(owner, spaceId, role));
        return member;
    }

    String personalToken(Account user) {
        return as(user).integration()
                .createPersonalToken(new CreatePersonalTokenRequest().name("CRM integration"))
                .getId();
    }

    String participant(Account user, String spaceId, String roomId) {
        return as(user).participants()
                .createParticipant(
                        spaceId,
                        new CreateParticipantRequest()
                                .name("Anna")
                                .roomId(roomId)
                                .role(ParticipantRole.SPEAKER))
                .getId();
    }

    /** Joins the participant to the room's call; answers the call's id. */
    String join(Account user, String spaceId, String roomId, String participantId) {
        return as(user).participants()
                .joinRoom(spaceId, roomId, new ParticipantRef().participantId(participantId))
                .getCallId();
    }

    void leave(Account user, String spaceId, String roomId, String participantId) {
        as(user).participants().leaveRoom(spaceId, roomId, new ParticipantRef().participantId(participantId));
    }

    String startRecording(Account user, String spaceId, String roomId) {
        return as(user).records().startRoomRecording(spaceId, roomId).getId();
    }

    void stopRecording(Account user, String spaceId, String roomId) {
        as(user).records().stopRoomRecording(spaceId, roomId);
    }

    void webhook(Account owner, String spaceId, String url) {
        as(owner).webhooks().createWebHook(spaceId, new CreateWebHookRequest().url(URI.create(url)));
    }
}
