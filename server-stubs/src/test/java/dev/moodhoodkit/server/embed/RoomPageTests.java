package dev.moodhoodkit.server.embed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.moodhoodkit.server.auth.Jwts;
import dev.moodhoodkit.server.common.Ids;
import dev.moodhoodkit.server.common.Problems;
import dev.moodhoodkit.server.testing.Api;
import dev.moodhoodkit.server.testing.ApiTest;
import dev.moodhoodkit.server.testing.Fixtures;
import dev.moodhoodkit.server.testing.TestUser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The room page over plain HTTP: its headers for each kind of visitor, and its sign-in
 * ({@code POST /room/<alias>/session}) for every kind of token, good and bad. The browser test
 * ({@link RoomPageBrowserTests}) shows the same in Chromium.
 */
class RoomPageTests extends ApiTest {

    @Autowired
    private Jwts jwts;

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private static final String FIXED =
            ", fullscreen=(self), accelerometer=(self), autoplay=(self), clipboard-write=(self), "
                    + "encrypted-media=(self), gyroscope=(self), picture-in-picture=(self), screen-wake-lock=(self)";
    private static final String PUBLISHER = "camera=(self), microphone=(self), display-capture=(self)" + FIXED;
    private static final String PUBLISHER_NO_SCREEN = "camera=(self), microphone=(self), display-capture=()" + FIXED;
    private static final String NOTHING = "camera=(), microphone=(), display-capture=()" + FIXED;

    private record Page(int status, HttpResponse<String> response) {

        String header(String name) {
            return response.headers().firstValue(name).orElseThrow(() -> new AssertionError("no " + name + " header"));
        }
    }

    private record Answer(int status, HttpResponse<String> response, JsonNode body) {

        String slug() {
            return body.get("type").asString().substring(Problems.TYPE_BASE.length());
        }
    }

    private Page page(String alias, String query) {
        HttpResponse<String> response = api.page("/room/" + alias + query);
        return new Page(response.statusCode(), response);
    }

    private Answer session(String alias, Map<String, ?> body) {
        return session(alias, Api.JSON.writeValueAsString(body));
    }

    private Answer session(String alias, String json) {
        try {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(api.baseUrl() + "/room/" + alias + "/session"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(json))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response, Api.JSON.readTree(response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The refresh token of the user's embed descriptor, as its room URL carries it. */
    private String descriptorToken(Fixtures.Room room, String userToken) {
        String url = api.get("/v1/spaces/" + room.spaceId() + "/rooms/" + room.id() + "/embed", userToken)
                .assertStatus(200)
                .string("/roomUrl");
        return query(url, "refreshToken");
    }

    private Fixtures.Room room(TestUser owner, String type, boolean screenSharing) {
        return fixtures.room(
                owner.token(),
                fixtures.space(owner.token(), true),
                type,
                true,
                Map.of("isScreensharingAllowed", screenSharing));
    }

    @Test
    void thePagesPermissionsPolicyFollowsTheRightsOfTheTokenInItsUrl() {
        TestUser owner = user("Owner");
        TestUser visitor = user("Visitor");
        Fixtures.Room lesson = room(owner, "lesson", true);
        Fixtures.Room lessonNoScreen = room(owner, "lesson", false);
        Fixtures.Room webinar = room(owner, "webinar", true);
        Fixtures.Guest host = fixtures.guest(webinar, "Guest Host", "moderator", false);
        Fixtures.Guest viewer = fixtures.guest(webinar, "Guest Viewer", "user", false);

        assertThat(page(lesson.alias(), "?refreshToken=" + descriptorToken(lesson, visitor.token()))
                        .header("Permissions-Policy"))
                .isEqualTo(PUBLISHER);
        assertThat(page(lessonNoScreen.alias(), "?refreshToken=" + descriptorToken(lessonNoScreen, visitor.token()))
                        .header("Permissions-Policy"))
                .isEqualTo(PUBLISHER_NO_SCREEN);
        assertThat(page(webinar.alias(), "?refreshToken=" + descriptorToken(webinar, owner.token()))
                        .header("Permissions-Policy"))
                .isEqualTo(PUBLISHER);
        assertThat(page(webinar.alias(), "?refreshToken=" + descriptorToken(webinar, visitor.token()))
                        .header("Permissions-Policy"))
                .isEqualTo(NOTHING);
        assertThat(page(webinar.alias(), "?accessToken=" + host.token()).header("Permissions-Policy"))
                .isEqualTo(PUBLISHER);
        assertThat(page(webinar.alias(), "?accessToken=" + viewer.token()).header("Permissions-Policy"))
                .isEqualTo(NOTHING);
        // A token that will not sign in gets the page (which says why) and no rights.
        assertThat(page(lesson.alias(), "?refreshToken=garbage").header("Permissions-Policy"))
                .isEqualTo(NOTHING);
        assertThat(page(lesson.alias(), "").header("Permissions-Policy")).isEqualTo(NOTHING);
        assertThat(page(lesson.alias(), "?accessToken=" + viewer.token()).header("Permissions-Policy"))
                .isEqualTo(NOTHING);
    }

    @Test
    void thePageIsFramedOnlyByTheAllowedOriginsAndKeepsItsTokenToItself() {
        TestUser owner = user("Owner");
        Fixtures.Room lesson = room(owner, "lesson", true);
        String token = descriptorToken(lesson, owner.token());

        Page page = page(lesson.alias(), "?participantName=Anna&refreshToken=" + token);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).isEqualTo("text/html;charset=UTF-8");
        assertThat(page.header("Content-Security-Policy"))
                .isEqualTo(
                        "default-src 'none'; script-src 'self'; "
                                + "style-src 'self'; img-src 'self' data:; media-src 'self' mediastream: blob:; connect-src 'self'; "
                                + "base-uri 'none'; form-action 'none'; frame-ancestors 'self' http://localhost:* http://127.0.0.1:*");
        assertThat(page.header("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(page.header("Cache-Control")).isEqualTo("no-store");
        assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.response().body())
                .contains("<script src=\"/room/assets/room.js\" defer></script>")
                .doesNotContain(token);
        assertThat(api.page("/room/assets/room.js").statusCode()).isEqualTo(200);
        assertThat(api.page("/room/assets/room.css").statusCode()).isEqualTo(200);
        // Serving the page does not use the token: the page's own sign-in still can.
        assertThat(session(lesson.alias(), Map.of("refreshToken", token)).status())
                .isEqualTo(200);

        Page unknown = page("NoSuchRoom", "?refreshToken=" + token);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.header("Permissions-Policy")).isEqualTo(NOTHING);
        assertThat(unknown.response().body()).contains("room.js");
    }

    @Test
    void aRefreshTokenSignsInOnceWithoutTheClientSecretAndRotates() {
        TestUser owner = user("Owner");
        TestUser anna = user("Anna");
        Fixtures.Room lesson = room(owner, "lesson", true);
        String token = descriptorToken(lesson, anna.token());

        Answer signedIn = session(lesson.alias(), Map.of("refreshToken", token));

        assertThat(signedIn.status()).isEqualTo(200);
        assertThat(signedIn.response().headers().firstValue("Cache-Control")).contains("no-store");
        JsonNode body = signedIn.body();
        assertThat(body.get("spaceId").asString()).isEqualTo(lesson.spaceId());
        assertThat(body.get("roomId").asString()).isEqualTo(lesson.id());
        assertThat(body.get("alias").asString()).isEqualTo(lesson.alias());
        assertThat(body.get("participantName").asString()).isEqualTo("Anna");
        assertThat(body.get("expiresIn").asInt()).isEqualTo(900);
        assertThat(body.get("permissions").toString())
                .isEqualTo(
                        "{\"camera\":true,\"microphone\":true,\"screenShare\":true,\"chat\":true,\"moderate\":false}");
        // The access token is the user's, for the API.
        String access = body.get("accessToken").asString();
        assertThat(api.get("/v1/users/me", access).assertStatus(200).string("/id"))
                .isEqualTo(anna.id());
        api.get("/v1/spaces/" + lesson.spaceId() + "/rooms/" + lesson.id(), access)
                .assertStatus(200);
        // Rotated: the new refresh token renews the session...
        String rotated = body.get("refreshToken").asString();
        assertThat(rotated).isNotEqualTo(token);
        Answer renewed = session(lesson.alias(), Map.of("refreshToken", rotated));
        assertThat(renewed.status()).isEqualTo(200);
        // ...and the first one is spent: its reuse is refused and ends the whole family, as at the token endpoint.
        Answer reused = session(lesson.alias(), Map.of("refreshToken", token));
        assertThat(reused.status()).isEqualTo(409);
        assertThat(reused.slug()).isEqualTo("room-link-used");
        assertThat(reused.body().get("title").asString()).isEqualTo("Room link already used");
        assertThat(session(
                                lesson.alias(),
                                Map.of(
                                        "refreshToken",
                                        renewed.body().get("refreshToken").asString()))
                        .slug())
                .isEqualTo("room-link-used");
    }

    @Test
    void aRefreshTokenOfThePasswordGrantOpensTheRoomTooAsMoodHoodsGuideBuildsTheUrl() {
        TestUser owner = user("Owner");
        Fixtures.Room lesson = room(owner, "lesson", true);
        String refresh =
                passwordGrant(owner.email(), DEFAULT_PASSWORD).assertStatus(200).string("/refresh_token");

        Answer signedIn = session(lesson.alias(), Map.of("refreshToken", refresh, "participantName", "  Teacher  "));

        assertThat(signedIn.status()).isEqualTo(200);
        assertThat(signedIn.body().get("participantName").asString()).isEqualTo("Teacher");
        assertThat(signedIn.body().get("permissions").get("moderate").asBoolean())
                .isTrue();
    }

    @Test
    void aGuestLinkSignsInWithItsOwnTokenUntilItsOneUse() {
        TestUser owner = user("Owner");
        Fixtures.Room webinar = room(owner, "webinar", true);
        Fixtures.Guest once = fixtures.guest(webinar, "Guest Viewer", "user", false);
        Fixtures.Guest always = fixtures.guest(webinar, "Guest Host", "moderator", true);

        Answer signedIn =
                session(webinar.alias(), Map.of("accessToken", once.token(), "participantName", "x".repeat(65)));

        assertThat(signedIn.status()).isEqualTo(200);
        JsonNode body = signedIn.body();
        assertThat(body.get("accessToken").asString()).isEqualTo(once.token());
        assertThat(body.has("refreshToken")).isFalse();
        assertThat(body.get("expiresIn").asLong()).isBetween(86_000L, 86_400L);
        // A name longer than the API takes falls back to the link's.
        assertThat(body.get("participantName").asString()).isEqualTo("Guest Viewer");
        assertThat(body.get("permissions").toString())
                .isEqualTo(
                        "{\"camera\":false,\"microphone\":false,\"screenShare\":false,\"chat\":true,\"moderate\":false}");

        // Registering in the call is the one-time link's one use; then the page says so.
        register(webinar, once.token());
        Answer used = session(webinar.alias(), Map.of("accessToken", once.token()));
        assertThat(used.status()).isEqualTo(409);
        assertThat(used.slug()).isEqualTo("room-link-used");
        // A permanent link keeps working.
        register(webinar, always.token());
        Answer host = session(webinar.alias(), Map.of("accessToken", always.token()));
        assertThat(host.status()).isEqualTo(200);
        assertThat(host.body().get("permissions").get("camera").asBoolean()).isTrue();
        // A guest link opens its own room only.
        Fixtures.Room other = room(owner, "lesson", true);
        Answer elsewhere = session(other.alias(), Map.of("accessToken", always.token()));
        assertThat(elsewhere.status()).isEqualTo(403);
        assertThat(elsewhere.slug()).isEqualTo("room-link-invalid");
    }

    private void register(Fixtures.Room room, String token) {
        api.post("/v1/spaces/" + room.spaceId() + "/participants", token, Map.of("name", "Guest", "roomId", room.id()))
                .assertStatus(201);
    }

    @Test
    void expiredBrokenAndForeignTokensAreRefusedEachWithItsOwnProblem() {
        TestUser owner = user("Owner");
        Fixtures.Room lesson = room(owner, "lesson", true);
        String expiredRefresh =
                jwts.sign(owner.id(), "user", Jwts.REFRESH, "kit-demo", Ids.newId(), Duration.ofSeconds(-5), null);
        String expiredGuest = jwts.sign(
                Ids.newId(), "user", Jwts.ACCESS, "kit-demo", Ids.newId(), Duration.ofSeconds(-5), lesson.id());
        String clientRefresh = api.post("/v1/auth/token", null, grant("client_credentials"))
                .assertStatus(200)
                .string("/refresh_token");
        String notOurs = expiredRefresh.substring(0, expiredRefresh.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";

        assertRefused(session(lesson.alias(), Map.of("refreshToken", expiredRefresh)), 401, "room-link-expired");
        assertRefused(session(lesson.alias(), Map.of("accessToken", expiredGuest)), 401, "room-link-expired");
        assertRefused(session(lesson.alias(), Map.of("refreshToken", "garbage")), 401, "room-link-invalid");
        assertRefused(session(lesson.alias(), Map.of("refreshToken", notOurs)), 401, "room-link-invalid");
        assertRefused(session(lesson.alias(), Map.of("refreshToken", clientRefresh)), 401, "room-link-invalid");
        // An access token where a refresh token belongs, and the other way round.
        assertRefused(session(lesson.alias(), Map.of("refreshToken", owner.token())), 401, "room-link-invalid");
        assertRefused(
                session(lesson.alias(), Map.of("accessToken", descriptorToken(lesson, owner.token()))),
                401,
                "room-link-invalid");
        assertRefused(session(lesson.alias(), Map.of()), 401, "room-link-invalid");
        assertRefused(
                session(lesson.alias(), Map.of("refreshToken", "a", "accessToken", "b")), 400, "malformed-request");
        assertRefused(session(lesson.alias(), "{"), 400, "malformed-request");
        assertRefused(
                session("NoSuchRoom", Map.of("refreshToken", descriptorToken(lesson, owner.token()))),
                404,
                "not-found");
    }

    @Test
    void aUserWhoMayNotEnterTheRoomIsRefusedAndKeepsTheirToken() {
        TestUser owner = user("Owner");
        TestUser stranger = user("Stranger");
        Fixtures.Room open = room(owner, "lesson", true);
        Fixtures.Room closed = fixtures.room(owner.token(), open.spaceId(), "lesson", false);
        String token = descriptorToken(open, stranger.token());

        assertRefused(session(closed.alias(), Map.of("refreshToken", token)), 404, "not-found");

        // Checked before the token is used: it still signs in where the user may go.
        assertThat(session(open.alias(), Map.of("refreshToken", token)).status())
                .isEqualTo(200);
        // A user's access token opens the page too.
        fixtures.grant(closed.ownerToken(), closed.spaceId(), closed.id(), stranger.id(), "role_room_user");
        Answer byAccess = session(closed.alias(), Map.of("accessToken", stranger.token()));
        assertThat(byAccess.status()).isEqualTo(200);
        assertThat(byAccess.body().get("accessToken").asString()).isEqualTo(stranger.token());
        assertThat(byAccess.body().get("participantName").asString()).isEqualTo("Stranger");
    }

    private static void assertRefused(Answer answer, int status, String slug) {
        assertThat(answer.status()).as(answer.response().body()).isEqualTo(status);
        assertThat(answer.response().headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(answer.slug()).isEqualTo(slug);
        assertThat(answer.body().get("detail").asString()).isNotBlank();
    }

    private static String query(String url, String name) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : URI.create(url).getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            values.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return values.get(name);
    }
}
