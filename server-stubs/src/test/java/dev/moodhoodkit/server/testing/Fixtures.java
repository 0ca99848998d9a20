package dev.moodhoodkit.server.testing;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Spaces, rooms, memberships, roles, guest links and webhooks made through the API, for tests
 * of any feature that needs them: the one way tests seed. Every call goes through {@link Api},
 * so it is checked against openapi.yaml too.
 */
public final class Fixtures {

    private final Api api;

    public Fixtures(Api api) {
        this.api = api;
    }

    /** A space owned by the token's user; its id. */
    public String space(String ownerToken, boolean isPublic) {
        return api.post(
                        "/v1/spaces",
                        ownerToken,
                        Map.of("name", isPublic ? "Open school" : "Closed school", "isPublic", isPublic))
                .assertStatus(201)
                .string("/id");
    }

    /** A room owned by the token's user, with defaults for all settings but visibility; its id. */
    public String room(String ownerToken, String spaceId, boolean isPublic) {
        return room(
                ownerToken, spaceId, Map.of("name", isPublic ? "Open lesson" : "Closed lesson", "isPublic", isPublic));
    }

    /** A room made from the given body; its id. */
    public String room(String ownerToken, String spaceId, Map<String, ?> body) {
        return api.post("/v1/spaces/" + spaceId + "/rooms", ownerToken, body)
                .assertStatus(201)
                .string("/id");
    }

    /** A room as the tests use it: where it is, its page's alias, and its owner's token. */
    public record Room(String id, String spaceId, String alias, String ownerToken) {

        /** {@code /v1/spaces/<space>/rooms/<room>}. */
        public String path() {
            return "/v1/spaces/" + spaceId + "/rooms/" + id;
        }
    }

    /**
     * A room of the given type and visibility, owned by the token's user, with every media and
     * chat right on and auto recording off, then {@code settings} (the API's names:
     * {@code isScreensharingAllowed}...) on top.
     */
    public Room room(String ownerToken, String spaceId, String type, boolean isPublic, Map<String, ?> settings) {
        Map<String, Object> body = json(
                "name", "Lesson " + type,
                "type", type,
                "isPublic", isPublic,
                "isScreensharingAllowed", true,
                "isChatAllowed", true,
                "isRecordAllowed", true,
                "isAutoRecordingAllowed", false,
                "isMicrophonePublishingAllowed", true,
                "isCameraPublishingAllowed", true,
                "isScreenMediaPublishingAllowed", true);
        body.putAll(settings);
        ApiResponse created =
                api.post("/v1/spaces/" + spaceId + "/rooms", ownerToken, body).assertStatus(201);
        return new Room(created.string("/id"), spaceId, created.string("/alias"), ownerToken);
    }

    public Room room(String ownerToken, String spaceId, String type, boolean isPublic) {
        return room(ownerToken, spaceId, type, isPublic, Map.of());
    }

    /** A guest link into the room, made by its owner, and the access token its URL carries. */
    public record Guest(String linkId, String token, String url) {}

    public Guest guest(Room room, String name, String role, boolean permanent) {
        String url = guestLink(
                        room.ownerToken(),
                        room.spaceId(),
                        room.id(),
                        json("username", name, "role", role, "isPermanent", permanent))
                .string("/url");
        String token = query(url, "accessToken");
        return new Guest(subject(token), token, url);
    }

    /** The space's webhook to {@code url}, made by the space's owner (and switched off when not active); its secret. */
    public String webhook(String ownerToken, String spaceId, String url, boolean active) {
        String secret = api.post("/v1/spaces/" + spaceId + "/webhook", ownerToken, Map.of("url", url))
                .assertStatus(201)
                .string("/secret");
        if (!active) {
            api.put("/v1/spaces/" + spaceId + "/webhook", ownerToken, Map.of("url", url, "isActive", false))
                    .assertStatus(200);
        }
        return secret;
    }

    /** A pending invite that expires at {@code expiresAt}; its id. */
    public String invite(String managerToken, String spaceId, String role, Instant expiresAt) {
        return api.post(
                        "/v1/spaces/" + spaceId + "/invites",
                        managerToken,
                        Map.of("role", role, "expiresAt", expiresAt.toString()))
                .assertStatus(201)
                .string("/id");
    }

    /** A query parameter of a URL the API gave. */
    public static String query(String url, String name) {
        for (String pair : URI.create(url).getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no " + name + " in " + url);
    }

    /** The {@code sub} of a JWT (a guest token's is its guest link's id), read without checking it. */
    private static String subject(String jwt) {
        String payload =
                new String(java.util.Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
        return Api.JSON.readTree(payload).get("sub").asString();
    }

    /** A pending invite of the space with the role ({@code role_space_user} or {@code role_space_moderator}); its id. */
    public String invite(String managerToken, String spaceId, String role) {
        return api.post("/v1/spaces/" + spaceId + "/invites", managerToken, Map.of("role", role))
                .assertStatus(201)
                .string("/id");
    }

    /** Makes the member's user a member of the space with the role, by an invite the manager makes. */
    public void admit(String managerToken, String spaceId, String memberToken, String role) {
        String invite = invite(managerToken, spaceId, role);
        api.post("/v1/spaces/" + spaceId + "/invites/" + invite + "/activate", memberToken, null)
                .assertStatus(200);
    }

    /** Grants the user a role in the room. */
    public void grant(String moderatorToken, String spaceId, String roomId, String userId, String role) {
        api.post(
                        "/v1/spaces/" + spaceId + "/rooms/" + roomId + "/roles",
                        moderatorToken,
                        Map.of("targetUserId", userId, "role", role))
                .assertStatus(200);
    }

    /** A guest link into the room; the whole answer. */
    public ApiResponse guestLink(String moderatorToken, String spaceId, String roomId, Map<String, ?> body) {
        return api.post("/v1/spaces/" + spaceId + "/rooms/" + roomId + "/generate-access", moderatorToken, body)
                .assertStatus(200);
    }

    /** A mutable JSON object from alternating names and values. */
    public static Map<String, Object> json(Object... namesAndValues) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            body.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return body;
    }
}
