package dev.moodhoodkit.server.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.moodhoodkit.server.testing.Api;
import dev.moodhoodkit.server.testing.ApiResponse;
import dev.moodhoodkit.server.testing.DatabaseAvailable;
import dev.moodhoodkit.server.testing.ServerInstance;
import dev.moodhoodkit.server.testing.TestDatabase;
import dev.moodhoodkit.server.testing.TestUser;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Everything written before a restart is there after it: a server writes through the API, is
 * shut down, and a new server on the same database reads it all back. On the H2 build an H2
 * file database in a temporary folder (the embedded default's kind); on the PostgreSQL build a
 * schema of its own. Tokens issued before the restart keep working because the signing key is
 * kept in the database, not in memory.
 */
@ExtendWith(DatabaseAvailable.class)
class RestartTests {

    @TempDir
    Path dataDir;

    private Map<String, Object> database;
    private String schema;

    @BeforeEach
    void chooseDatabase() {
        if (TestDatabase.postgres()) {
            schema = "restart_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            database = TestDatabase.shared(schema);
        } else {
            database = TestDatabase.h2File(dataDir);
        }
    }

    @AfterEach
    void dropSchema() {
        if (schema != null) {
            TestDatabase.drop(schema);
        }
    }

    @Test
    void usersTokensPersonalTokensAndClientsSurviveARestart() {
        Written before;
        try (ServerInstance first = ServerInstance.start(database)) {
            assertRunsOnTheTestDatabase(first);
            before = write(first);
        }

        try (ServerInstance second = ServerInstance.start(database)) {
            assertRunsOnTheTestDatabase(second);
            Api api = second.api();

            // Access tokens signed before the restart still verify: the key came from the database.
            api.post(
                            "/v1/users",
                            before.clientToken,
                            Map.of(
                                    "email",
                                    "after-" + before.user.email(),
                                    "username",
                                    "After",
                                    "password",
                                    "correct-horse-battery"))
                    .assertStatus(201);
            ApiResponse me = api.get("/v1/users/me", before.user.token()).assertStatus(200);
            assertThat(me.string("/id")).isEqualTo(before.user.id());
            assertThat(me.string("/email")).isEqualTo(before.user.email());
            assertThat(me.string("/phone")).isEqualTo("+79991234567");

            // The password hash and the refresh token's rotation state were kept.
            second.api()
                    .post(
                            "/v1/auth/token",
                            null,
                            second.grant(
                                    "password", "username", before.user.email(), "password", before.user.password()))
                    .assertStatus(200);
            // (the fresh one first: reusing a used one revokes its whole family, the fresh one too)
            api.post("/v1/auth/token", null, second.grant("refresh_token", "refresh_token", before.freshRefreshToken))
                    .assertStatus(200);
            api.post("/v1/auth/token", null, second.grant("refresh_token", "refresh_token", before.usedRefreshToken))
                    .assertStatus(400);

            // Personal tokens: the kept one works and is listed, the deleted one stays dead.
            assertThat(api.get("/v1/users/me", before.personalToken)
                            .assertStatus(200)
                            .string("/id"))
                    .isEqualTo(before.user.id());
            ApiResponse tokens =
                    api.get("/v1/users/me/personal-tokens", before.user.token()).assertStatus(200);
            assertThat(tokens.body().get("total").asInt()).isEqualTo(1);
            assertThat(tokens.string("/items/0/name")).isEqualTo("kept");
            api.get("/v1/users/me", before.deletedPersonalToken).assertStatus(401);

            // The user's integration client and its refreshed secret.
            assertThat(api.get("/v1/integration/client", before.user.token())
                            .assertStatus(200)
                            .string("/clientId"))
                    .isEqualTo(before.clientId);
            api.post("/v1/auth/token", null, clientGrant(before.clientId, before.clientSecret))
                    .assertStatus(200);
            api.post("/v1/auth/token", null, clientGrant(before.clientId, before.oldClientSecret))
                    .assertStatus(401);

            // The email stays taken.
            api.post(
                            "/v1/users",
                            before.clientToken,
                            Map.of(
                                    "email",
                                    before.user.email(),
                                    "username",
                                    "Twin",
                                    "password",
                                    "correct-horse-battery"))
                    .assertStatus(409);
        }
    }

    @Test
    void spacesRoomsInvitesRolesGuestLinksAndMeetingSettingsSurviveARestart() {
        String ownerToken;
        String memberToken;
        String guestToken;
        String spaceId;
        String roomId;
        String inviteId;
        ApiResponse roomBefore;
        try (ServerInstance first = ServerInstance.start(database)) {
            assertRunsOnTheTestDatabase(first);
            Api api = first.api();
            String clientToken = first.clientToken();
            TestUser owner = first.newUser(clientToken);
            TestUser member = first.newUser(clientToken);
            ownerToken = owner.token();
            memberToken = member.token();
            spaceId = api.post(
                            "/v1/spaces",
                            ownerToken,
                            Map.of("name", "Kept school", "description", "Survives restarts", "isPublic", false))
                    .assertStatus(201)
                    .string("/id");
            roomId = api.post(
                            "/v1/spaces/" + spaceId + "/rooms",
                            ownerToken,
                            Map.of("name", "Kept room", "isPublic", false))
                    .assertStatus(201)
                    .string("/id");
            roomBefore = api.get("/v1/spaces/" + spaceId + "/rooms/" + roomId, ownerToken)
                    .assertStatus(200);
            inviteId = api.post("/v1/spaces/" + spaceId + "/invites", ownerToken, Map.of("role", "role_space_user"))
                    .assertStatus(201)
                    .string("/id");
            // The member is admitted by one invite and made room moderator; a second invite stays pending.
            String admit = api.post("/v1/spaces/" + spaceId + "/invites", ownerToken, Map.of("role", "role_space_user"))
                    .assertStatus(201)
                    .string("/id");
            api.post("/v1/spaces/" + spaceId + "/invites/" + admit + "/activate", memberToken, null)
                    .assertStatus(200);
            api.post(
                            "/v1/spaces/" + spaceId + "/rooms/" + roomId + "/roles",
                            ownerToken,
                            Map.of("targetUserId", member.id(), "role", "role_room_moderator"))
                    .assertStatus(200);
            String url = api.post(
                            "/v1/spaces/" + spaceId + "/rooms/" + roomId + "/generate-access",
                            ownerToken,
                            Map.of("username", "Kept guest", "role", "user", "isPermanent", true))
                    .assertStatus(200)
                    .string("/url");
            guestToken = url.substring(url.indexOf("accessToken=") + "accessToken=".length())
                    .split("&")[0];
            api.put("/v1/users/me/settings/meetings", ownerToken, Map.of("spaceId", spaceId, "roomId", roomId))
                    .assertStatus(200);
        }

        try (ServerInstance second = ServerInstance.start(database)) {
            assertRunsOnTheTestDatabase(second);
            Api api = second.api();
            ApiResponse space = api.get("/v1/spaces/" + spaceId, ownerToken).assertStatus(200);
            assertThat(space.string("/name")).isEqualTo("Kept school");
            assertThat(space.string("/description")).isEqualTo("Survives restarts");
            ApiResponse room = api.get("/v1/spaces/" + spaceId + "/rooms/" + roomId, ownerToken)
                    .assertStatus(200);
            assertThat(room.body()).isEqualTo(roomBefore.body());

            // The member's space role and room role: they see the private room.
            api.get("/v1/spaces/" + spaceId + "/rooms/" + roomId, memberToken).assertStatus(200);
            // The guest link's token still opens its room.
            api.get("/v1/spaces/" + spaceId + "/rooms/" + roomId, guestToken).assertStatus(200);
            ApiResponse settings =
                    api.get("/v1/users/me/settings/meetings", ownerToken).assertStatus(200);
            assertThat(settings.string("/roomId")).isEqualTo(roomId);

            // The pending invite is still pending, and still single use.
            ApiResponse pending = api.get("/v1/spaces/" + spaceId + "/invites?status=pending", ownerToken)
                    .assertStatus(200);
            assertThat(pending.body().get("total").asInt()).isEqualTo(1);
            assertThat(pending.string("/items/0/id")).isEqualTo(inviteId);
            String newcomer = second.newUser(second.clientToken()).token();
            api.post("/v1/spaces/" + spaceId + "/invites/" + inviteId + "/activate", newcomer, null)
                    .assertStatus(200);
            api.post("/v1/spaces/" + spaceId + "/invites/" + inviteId + "/activate", memberToken, null)
                    .assertStatus(409);
        }
    }

    /** Not on the default ./data database, nor on another test's. */
    private void assertRunsOnTheTestDatabase(ServerInstance server) {
        assertThat(server.runsOn(database))
                .as("the server runs on " + database.get("spring.datasource.url"))
                .isTrue();
    }

    private static Written write(ServerInstance server) {
        Api api = server.api();
        String clientToken = server.clientToken();
        String email = "restart-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        api.post(
                        "/v1/users",
                        clientToken,
                        Map.of(
                                "email",
                                email,
                                "username",
                                "Restart",
                                "password",
                                "correct-horse-battery",
                                "phone",
                                "+79991234567"))
                .assertStatus(201);
        ApiResponse grant = api.post(
                        "/v1/auth/token",
                        null,
                        server.grant("password", "username", email, "password", "correct-horse-battery"))
                .assertStatus(200);
        TestUser user = new TestUser(
                api.get("/v1/users/me", grant.string("/access_token"))
                        .assertStatus(200)
                        .string("/id"),
                email,
                "correct-horse-battery",
                grant.string("/access_token"),
                grant.string("/refresh_token"));

        String freshRefresh = api.post(
                        "/v1/auth/token", null, server.grant("refresh_token", "refresh_token", user.refreshToken()))
                .assertStatus(200)
                .string("/refresh_token");

        String kept = api.post("/v1/users/me/personal-tokens", user.token(), Map.of("name", "kept"))
                .assertStatus(201)
                .string("/token");
        ApiResponse doomed = api.post("/v1/users/me/personal-tokens", user.token(), Map.of("name", "deleted"))
                .assertStatus(201);
        api.delete("/v1/users/me/personal-tokens/" + doomed.string("/id"), user.token())
                .assertStatus(204);

        ApiResponse client =
                api.post("/v1/integration/client", user.token(), null).assertStatus(201);
        String newSecret = api.put("/v1/integration/client/refresh-secret", user.token(), null)
                .assertStatus(200)
                .string("/clientSecret");

        return new Written(
                clientToken,
                user,
                user.refreshToken(),
                freshRefresh,
                kept,
                doomed.string("/token"),
                client.string("/clientId"),
                client.string("/clientSecret"),
                newSecret);
    }

    private static Map<String, String> clientGrant(String clientId, String secret) {
        return Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret);
    }

    /** What the first server wrote, to be read back by the second. */
    private record Written(
            String clientToken,
            TestUser user,
            String usedRefreshToken,
            String freshRefreshToken,
            String personalToken,
            String deletedPersonalToken,
            String clientId,
            String oldClientSecret,
            String clientSecret) {}
}
