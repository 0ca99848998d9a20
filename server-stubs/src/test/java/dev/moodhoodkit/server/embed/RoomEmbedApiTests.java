package dev.moodhoodkit.server.embed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.moodhoodkit.server.auth.Jwts;
import dev.moodhoodkit.server.testing.ApiResponse;
import dev.moodhoodkit.server.testing.ApiTest;
import dev.moodhoodkit.server.testing.Fixtures;
import dev.moodhoodkit.server.testing.TestUser;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

class RoomEmbedApiTests extends ApiTest {

    @Autowired
    private Jwts jwts;

    @Value("${moodhood.public-url}")
    private String publicUrl;

    private static final String FIXED =
            "fullscreen; accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; "
                    + "picture-in-picture; screen-wake-lock";
    private static final String BROADCAST_AND_SCREEN = "camera; microphone; display-capture; " + FIXED;
    private static final String BROADCAST = "camera; microphone; " + FIXED;
    private static final String WATCH = "camera 'none'; microphone 'none'; " + FIXED;

    /** A room with its owner, a room moderator, a plain user, and guest links of both roles. */
    private record Cast(
            Fixtures.Room room,
            TestUser owner,
            TestUser moderator,
            TestUser user,
            Fixtures.Guest guest,
            Fixtures.Guest guestHost) {}

    private Cast cast(String type, Map<String, ?> settings) {
        TestUser owner = user("Owner");
        TestUser moderator = user("Moderator");
        TestUser user = user("Visitor");
        Fixtures.Room room = fixtures.room(owner.token(), fixtures.space(owner.token(), true), type, true, settings);
        fixtures.grant(room.ownerToken(), room.spaceId(), room.id(), moderator.id(), "role_room_moderator");
        return new Cast(
                room,
                owner,
                moderator,
                user,
                fixtures.guest(room, "Guest Lecturer", "user", false),
                fixtures.guest(room, "Guest Host", "moderator", true));
    }

    private ApiResponse embed(Fixtures.Room room, String token, String query) {
        return api.get("/v1/spaces/" + room.spaceId() + "/rooms/" + room.id() + "/embed" + query, token);
    }

    private String allow(Fixtures.Room room, String token) {
        JsonNode descriptor = embed(room, token, "").assertStatus(200).body();
        String allow = descriptor.get("iframe").get("allow").asString();
        assertThat(descriptor.get("html").asString()).contains("allow=\"" + allow.replace("'", "&#39;") + "\"");
        return allow;
    }

    /**
     * The whole table: lesson and webinar, screen sharing on and off, for the room's
     * owner, a room moderator, a user, a guest and a guest host: the {@code allow} string, the
     * {@code permissions}, and the token the room URL carries (a user's refresh token, a guest's
     * own access token).
     */
    @ParameterizedTest(name = "{0}, screen sharing {1}")
    @CsvSource({"lesson, true", "lesson, false", "webinar, true", "webinar, false"})
    void everyRoleOfEveryKindOfRoom(String type, boolean screenSharing) {
        Cast room = cast(type, Map.of("isScreensharingAllowed", screenSharing));
        boolean webinar = "webinar".equals(type);
        record Member(String who, String token, boolean host, boolean guest) {}
        List<Member> members = List.of(
                new Member("owner", room.owner().token(), true, false),
                new Member("moderator", room.moderator().token(), true, false),
                new Member("user", room.user().token(), false, false),
                new Member("guest", room.guest().token(), false, true),
                new Member("guest host", room.guestHost().token(), true, true));

        for (Member member : members) {
            boolean publishes = !webinar || member.host();
            String expectedAllow = !publishes ? WATCH : screenSharing ? BROADCAST_AND_SCREEN : BROADCAST;
            JsonNode descriptor =
                    embed(room.room(), member.token(), "").assertStatus(200).body();
            assertThat(descriptor.get("iframe").get("allow").asString())
                    .as(member.who())
                    .isEqualTo(expectedAllow);
            assertThat(descriptor.get("permissions").toString())
                    .as(member.who())
                    .isEqualTo("{\"camera\":" + publishes + ",\"microphone\":" + publishes + ",\"screenShare\":"
                            + (publishes && screenSharing) + ",\"chat\":true,\"moderate\":" + member.host() + "}");
            URI url = URI.create(descriptor.get("roomUrl").asString());
            if (member.guest()) {
                assertThat(query(url, "accessToken")).as(member.who()).isEqualTo(member.token());
                assertThat(url.getRawQuery()).doesNotContain("refreshToken=");
            } else {
                assertThat(jwts.verify(query(url, "refreshToken"), Jwts.REFRESH))
                        .as(member.who())
                        .isPresent();
                assertThat(url.getRawQuery()).doesNotContain("accessToken=");
            }
        }
    }

    @Test
    void lessonWithoutScreenMediaPublishingHasNoDisplayCapture() {
        Cast lesson = cast("lesson", Map.of("isScreenMediaPublishingAllowed", false));

        assertThat(allow(lesson.room(), lesson.owner().token())).isEqualTo(BROADCAST);
        assertThat(allow(lesson.room(), lesson.user().token())).isEqualTo(BROADCAST);
        assertThat(allow(lesson.room(), lesson.guest().token())).isEqualTo(BROADCAST);
        assertThat(embed(lesson.room(), lesson.user().token(), "")
                        .body()
                        .get("permissions")
                        .get("screenShare")
                        .asBoolean())
                .isFalse();
    }

    @Test
    void lessonFollowsItsCameraAndMicrophoneSettings() {
        Cast noCamera = cast("lesson", Map.of("isCameraPublishingAllowed", false));
        Cast noMicrophone = cast("lesson", Map.of("isMicrophonePublishingAllowed", false));

        assertThat(allow(noCamera.room(), noCamera.user().token()))
                .isEqualTo("camera 'none'; microphone; display-capture; " + FIXED);
        assertThat(allow(noMicrophone.room(), noMicrophone.owner().token()))
                .isEqualTo("camera; microphone 'none'; display-capture; " + FIXED);
    }

    @Test
    void userRoomUrlCarriesAWorkingRefreshToken() {
        Cast lesson = cast("lesson", Map.of("isChatAllowed", false));

        ApiResponse answer = embed(lesson.room(), lesson.user().token(), "?width=640px&height=480")
                .assertStatus(200);

        assertThat(answer.header("Cache-Control").orElseThrow()).contains("no-store");
        JsonNode descriptor = answer.body();
        URI url = URI.create(descriptor.get("roomUrl").asString());
        assertThat(url.getScheme() + "://" + url.getAuthority() + url.getPath())
                .isEqualTo(publicUrl + "/room/" + lesson.room().alias());
        assertThat(url.getRawQuery()).startsWith("participantName=Visitor&refreshToken=");
        assertThat(descriptor.get("iframe").get("src").asString()).isEqualTo(url.toString());
        assertThat(descriptor.get("iframe").get("width").asString()).isEqualTo("640px");
        assertThat(descriptor.get("iframe").get("height").asString()).isEqualTo("480");
        assertThat(descriptor.get("iframe").get("frameborder").asString()).isEqualTo("0");
        assertThat(descriptor.get("iframe").get("allowusermedia").asBoolean()).isTrue();
        assertThat(descriptor.get("permissions").get("chat").asBoolean()).isFalse();
        assertThat(descriptor.get("html").asString())
                .isEqualTo("<iframe src=\"" + url.toString().replace("&", "&amp;")
                        + "\" width=\"640px\" height=\"480\" frameborder=\"0\" allow=\"" + BROADCAST_AND_SCREEN
                        + "\" allowusermedia></iframe>");

        String refreshToken = query(url, "refreshToken");
        String access = api.post("/v1/auth/token", null, grant("refresh_token", "refresh_token", refreshToken))
                .assertStatus(200)
                .string("/access_token");
        assertThat(api.get("/v1/users/me", access)
                        .assertStatus(200)
                        .body()
                        .get("id")
                        .asString())
                .isEqualTo(lesson.user().id());
        // A refresh token is no access token.
        api.get("/v1/users/me", refreshToken).assertStatus(401);
    }

    @Test
    void guestRoomUrlCarriesItsOwnAccessToken() {
        Cast lesson = cast("lesson", Map.of());

        JsonNode descriptor = embed(lesson.room(), lesson.guest().token(), "")
                .assertStatus(200)
                .body();

        URI url = URI.create(descriptor.get("roomUrl").asString());
        assertThat(url.getRawQuery())
                .isEqualTo("participantName=Guest%20Lecturer&accessToken="
                        + lesson.guest().token());
        assertThat(descriptor.get("iframe").get("width").asString()).isEqualTo("100%");
        assertThat(descriptor.get("iframe").get("height").asString()).isEqualTo("100%");
    }

    @Test
    void participantNameIsEncodedAndTheHtmlEscaped() {
        Cast lesson = cast("lesson", Map.of());

        JsonNode descriptor = embed(
                        lesson.room(), lesson.owner().token(), "?participantName=%22Anna%22%20%3Cb%3E%20%26%20Co")
                .assertStatus(200)
                .body();

        URI url = URI.create(descriptor.get("roomUrl").asString());
        assertThat(query(url, "participantName")).isEqualTo("\"Anna\" <b> & Co");
        String html = descriptor.get("html").asString();
        assertThat(html).doesNotContain("<b>").doesNotContain("\"Anna");
        assertThat(html.chars().filter(c -> c == '"').count()).isEqualTo(10);
    }

    @Test
    void whoMayAskForTheDescriptor() {
        Cast lesson = cast("lesson", Map.of());
        TestUser stranger = user("Stranger");
        Fixtures.Room hidden =
                fixtures.room(lesson.owner().token(), lesson.room().spaceId(), "lesson", false);
        Fixtures.Room otherRoom =
                fixtures.room(lesson.owner().token(), lesson.room().spaceId(), "lesson", true);

        embed(lesson.room(), clientToken(), "").assertStatus(403);
        embed(hidden, stranger.token(), "").assertStatus(404);
        embed(otherRoom, lesson.guest().token(), "").assertStatus(403);
        String path = "/v1/spaces/" + lesson.room().spaceId() + "/rooms/"
                + lesson.room().id() + "/embed";
        invalid("GET", path, null, null).assertStatus(401);
        invalid("GET", path + "?width=wide", stranger.token(), null).assertStatus(400);
        invalid("GET", path + "?participantName=", stranger.token(), null).assertStatus(400);
    }

    @Test
    void personalTokenUsesTheUsersOwnIntegrationClient() {
        Cast lesson = cast("lesson", Map.of());
        String personal = api.post("/v1/users/me/personal-tokens", lesson.user().token(), Map.of("name", "CMS"))
                .assertStatus(201)
                .body()
                .get("token")
                .asString();

        embed(lesson.room(), personal, "").assertStatus(403);

        JsonNode client = api.post("/v1/integration/client", lesson.user().token(), null)
                .assertStatus(201)
                .body();
        URI url = URI.create(embed(lesson.room(), personal, "")
                .assertStatus(200)
                .body()
                .get("roomUrl")
                .asString());
        api.post(
                        "/v1/auth/token",
                        null,
                        Map.of(
                                "grant_type",
                                "refresh_token",
                                "client_id",
                                client.get("clientId").asString(),
                                "client_secret",
                                client.get("clientSecret").asString(),
                                "refresh_token",
                                query(url, "refreshToken")))
                .assertStatus(200);
    }

    private static String query(URI url, String name) {
        for (String pair : url.getRawQuery().split("&")) {
            if (pair.startsWith(name + "=")) {
                return URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no " + name + " in " + url);
    }
}
