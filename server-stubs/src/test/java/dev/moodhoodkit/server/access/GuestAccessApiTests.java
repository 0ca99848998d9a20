package dev.moodhoodkit.server.access;

import static dev.moodhoodkit.server.testing.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.moodhoodkit.server.testing.ApiResponse;
import dev.moodhoodkit.server.testing.ApiTest;
import dev.moodhoodkit.server.testing.TestUser;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The RoomGenerateAccess call over HTTP, every exchange checked against openapi.yaml. */
class GuestAccessApiTests extends ApiTest {

    @Autowired
    GuestLinks links;

    private TestUser owner;
    private String space;
    private String room;

    @BeforeEach
    void roomWithOwner() {
        owner = newUser();
        space = fixtures.space(owner.token(), false);
        room = fixtures.room(owner.token(), space, false);
    }

    private String generate(String roomId) {
        return "/v1/spaces/" + space + "/rooms/" + roomId + "/generate-access";
    }

    @Test
    void generateAccessAnswersTheRoomPageUrlWithTheGuestsNameAndAToken() {
        String alias =
                api.get("/v1/spaces/" + space + "/rooms/" + room, owner.token()).string("/alias");

        ApiResponse link =
                fixtures.guestLink(owner.token(), space, room, json("username", "Guest Lecturer", "role", "user"));

        URI url = URI.create(link.string("/url"));
        assertThat(url.getScheme() + "://" + url.getAuthority()).isEqualTo("http://localhost:" + port());
        assertThat(url.getPath()).isEqualTo("/room/" + alias);
        assertThat(url.getRawQuery()).startsWith("participantName=Guest%20Lecturer&accessToken=");
        assertThat(query(url).get("accessToken")).isNotBlank();
        assertThat(Instant.parse(link.string("/expiresAt")))
                .isCloseTo(Instant.now().plus(86400, ChronoUnit.SECONDS), within(60, ChronoUnit.SECONDS));
    }

    @Test
    void theGuestTokenOpensItsRoomOnly() {
        String otherRoom = fixtures.room(owner.token(), space, true);
        String guest = token(fixtures.guestLink(owner.token(), space, room, json("username", "Ann", "role", "user")));

        assertThat(api.get("/v1/spaces/" + space + "/rooms/" + room, guest)
                        .assertStatus(200)
                        .string("/roleInRoom"))
                .isEqualTo("role_room_user");
        api.get("/v1/spaces/" + space + "/rooms/" + otherRoom, guest).assertStatus(403);
        api.get("/v1/spaces/" + space, guest).assertStatus(403);
        api.get("/v1/spaces", guest).assertStatus(403);
        api.post(generate(room), guest, json("username", "Friend", "role", "user"))
                .assertStatus(403);
    }

    @Test
    void aModeratorGuestLinkMakesARoomModerator() {
        String guest =
                token(fixtures.guestLink(owner.token(), space, room, json("username", "Co-host", "role", "moderator")));

        assertThat(api.get("/v1/spaces/" + space + "/rooms/" + room, guest).string("/roleInRoom"))
                .isEqualTo("role_room_moderator");
    }

    @Test
    void generateAccessStoresAOneTimeLinkThatTheParticipantsFeatureCanUseOnce() {
        ApiResponse answer = fixtures.guestLink(
                owner.token(),
                space,
                room,
                json(
                        "username",
                        "Once",
                        "role",
                        "user",
                        "externalUserId",
                        "crm-4711",
                        "externalMeetingId",
                        "lesson-1",
                        "ttl",
                        600,
                        "email",
                        "once@example.com",
                        "phone",
                        "+79991234568"));
        String linkId = subject(token(answer));

        GuestLinks.GuestLink link = links.findUnexpired(linkId, Instant.now()).orElseThrow();
        assertThat(link.roomId()).isEqualTo(room);
        assertThat(link.spaceId()).isEqualTo(space);
        assertThat(link.username()).isEqualTo("Once");
        assertThat(link.role()).isEqualTo("user");
        assertThat(link.permanent()).isFalse();
        assertThat(link.createdBy()).isEqualTo(owner.id());
        assertThat(link.expiresAt().toInstant()).isEqualTo(Instant.parse(answer.string("/expiresAt")));
        assertThat(link.expiresAt().toInstant())
                .isCloseTo(Instant.now().plusSeconds(600), within(60, ChronoUnit.SECONDS));
        assertThat(links.use(linkId, Instant.now())).isTrue();
        assertThat(links.use(linkId, Instant.now())).isFalse();
    }

    @Test
    void aPermanentLinkCanBeUsedAgain() {
        String linkId = subject(token(fixtures.guestLink(
                owner.token(), space, room, json("username", "Regular", "role", "user", "isPermanent", true))));

        assertThat(links.use(linkId, Instant.now())).isTrue();
        assertThat(links.use(linkId, Instant.now())).isTrue();
    }

    @Test
    void deletingTheRoomEndsItsGuestTokens() {
        String guest = token(fixtures.guestLink(owner.token(), space, room, json("username", "Late", "role", "user")));

        api.delete("/v1/spaces/" + space + "/rooms/" + room, owner.token()).assertStatus(204);

        api.get("/v1/spaces/" + space + "/rooms/" + room, guest).assertStatus(401);
    }

    @Test
    void generateAccessWithATtlOverFiveDaysAnswersAValidationProblemOnTtl() {
        ApiResponse answer = api.request("POST", generate(room))
                .token(owner.token())
                .json(json("username", "Long", "role", "user", "ttl", 432001))
                .invalidRequest()
                .send()
                .assertStatus(422);

        assertThat(answer.string("/errors/0/field")).isEqualTo("ttl");
        fixtures.guestLink(owner.token(), space, room, json("username", "Longest", "role", "user", "ttl", 432000));
    }

    @Test
    void generateAccessWithoutAUsernameOrWithAnUnknownRoleAnswersAValidationProblem() {
        api.request("POST", generate(room))
                .token(owner.token())
                .json(json("role", "user"))
                .invalidRequest()
                .send()
                .assertStatus(422);
        ApiResponse answer = api.request("POST", generate(room))
                .token(owner.token())
                .json(json("username", "X", "role", "owner"))
                .invalidRequest()
                .send()
                .assertStatus(422);
        assertThat(answer.string("/errors/0/field")).isEqualTo("role");
    }

    @Test
    void generateAccessByARoomModeratorIsAllowedAndByAPlainRoomUserForbidden() {
        TestUser moderator = newUser();
        TestUser user = newUser();
        fixtures.grant(owner.token(), space, room, moderator.id(), "role_room_moderator");
        fixtures.grant(owner.token(), space, room, user.id(), "role_room_user");

        fixtures.guestLink(moderator.token(), space, room, json("username", "Via moderator", "role", "user"));
        api.post(generate(room), user.token(), json("username", "Via user", "role", "user"))
                .assertStatus(403);
    }

    @Test
    void generateAccessForAnInvisibleRoomAnswersNotFound() {
        api.post(generate(room), newUser().token(), json("username", "Sneaky", "role", "moderator"))
                .assertStatus(404);
    }

    @Test
    void generateAccessWithoutATokenAnswersUnauthorizedAndWithAClientTokenForbidden() {
        api.request("POST", generate(room))
                .json(json("username", "X", "role", "user"))
                .invalidRequest()
                .send()
                .assertStatus(401);
        api.post(generate(room), clientToken(), json("username", "X", "role", "user"))
                .assertStatus(403);
    }

    private static String token(ApiResponse link) {
        return query(URI.create(link.string("/url"))).get("accessToken");
    }

    private static Map<String, String> query(URI url) {
        Map<String, String> query = new LinkedHashMap<>();
        for (String pair : url.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            query.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return query;
    }

    /** The token's {@code sub}: the guest link's id. */
    private static String subject(String jwt) {
        JsonNode claims = dev.moodhoodkit.server.testing.Api.JSON.readTree(
                Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
        return claims.get("sub").asString();
    }
}
