package dev.moodhoodkit.server.testing;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Spaces, rooms and memberships made through the API, for tests of any feature that needs
 * them. Every call goes through {@link Api}, so it is checked against openapi.yaml too.
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
