package dev.moodhoodkit.server.embed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.moodhoodkit.server.auth.Jwts;
import dev.moodhoodkit.server.common.Ids;
import dev.moodhoodkit.server.testing.ApiTest;
import dev.moodhoodkit.server.testing.TestDatabase;
import dev.moodhoodkit.server.testing.TestUser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The room page in a real browser: headless Chromium with a fake camera and microphone
 * ({@link Chromium}), the real server on its random port, and a customer's page on another
 * origin ({@link EmbeddingSite}) holding the iframe exactly as the embed descriptor's
 * {@code html} gives it. What a person would see: the lesson user's own camera playing in the
 * frame, a webinar viewer with no camera at all (the browser refuses it even when asked), Leave
 * telling the customer's page {@code ld_finish_call}, a clear message for a used, expired or
 * broken link, and a site not in {@code moodhood.embed.allowed-origins} unable to frame the room.
 * The lesson test saves {@code target/embedded-room.png}, the guide's screenshot.
 */
class RoomPageBrowserTests extends ApiTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private static Chromium chromium;
    private static EmbeddingSite site;

    @Autowired
    private Jwts jwts;

    /**
     * Started by the first test, so that each test reports its own skip (or, in CI, failure)
     * when Chromium is missing: a class-level skip would show as "Tests run: 0".
     */
    @BeforeEach
    void startBrowser() {
        // The page does the same on either database; one run is enough.
        Assumptions.assumeFalse(TestDatabase.postgres(), "the browser test runs in the H2 execution only");
        if (chromium == null) {
            chromium = Chromium.start();
            site = new EmbeddingSite();
        }
    }

    @AfterAll
    static void stopBrowser() {
        if (site != null) {
            site.close();
        }
        if (chromium != null) {
            chromium.close();
        }
    }

    /** A public space of a new owner with one public room of the type; the room's id, alias and name. */
    private record Room(String spaceId, String id, String alias, String name, TestUser owner) {}

    private Room room(String type, String name) {
        TestUser owner = newUser();
        String spaceId = fixtures.space(owner.token(), true);
        String roomId = fixtures.room(owner.token(), spaceId, Map.of("name", name, "type", type, "isPublic", true));
        String alias = api.get("/v1/spaces/" + spaceId + "/rooms/" + roomId, owner.token())
                .assertStatus(200)
                .string("/alias");
        return new Room(spaceId, roomId, alias, name, owner);
    }

    private JsonNode descriptor(Room room, String token, String query) {
        return api.get("/v1/spaces/" + room.spaceId() + "/rooms/" + room.id() + "/embed" + query, token)
                .assertStatus(200)
                .body();
    }

    @Test
    void aLessonUserSeesTheirCameraInTheEmbeddedRoomAndLeaveTellsTheSite() throws IOException {
        Room lesson = room("lesson", "Monday lesson: fractions");
        TestUser anna = newUser();
        JsonNode embed = descriptor(lesson, anna.token(), "?participantName=Anna&height=520px");
        assertThat(embed.get("iframe").get("allow").asString()).startsWith("camera; microphone; display-capture; ");

        WebDriver browser = chromium.driver;
        browser.get(site.page(
                "127.0.0.1",
                "lesson",
                "Monday lesson: fractions",
                embed.get("html").asString()));
        browser.switchTo().frame(browser.findElement(By.tagName("iframe")));

        waitFor("the preview playing", d -> Boolean.TRUE.equals(script(d, """
                const v = document.getElementById('preview');
                return document.body.dataset.state === 'ready' && !v.hidden && v.srcObject !== null
                    && v.srcObject.getVideoTracks().some(t => t.readyState === 'live')
                    && v.videoWidth > 0 && v.readyState >= 2 && !v.paused;""")));
        assertThat(script(browser, "return document.body.dataset.media")).isEqualTo("camera");
        // The refresh token is gone from the address bar; the name stays.
        String url = (String) script(browser, "return location.href");
        assertThat(url)
                .doesNotContain("refreshToken")
                .contains("/room/" + lesson.alias())
                .contains("participantName=Anna");
        // The browser grants what the allow attribute and the page's Permissions-Policy both allow.
        assertThat(script(browser, "return document.featurePolicy.allowsFeature('camera')"))
                .isEqualTo(true);
        assertThat(script(browser, "return document.featurePolicy.allowsFeature('microphone')"))
                .isEqualTo(true);
        assertThat(text(browser, "room-name")).isEqualTo("Monday lesson: fractions");
        assertThat(text(browser, "room-type")).isEqualTo("LESSON"); // as shown: the badge is in capitals
        assertThat(text(browser, "who")).isEqualTo("Anna · participant");
        assertThat(permissions(browser))
                .containsExactly(
                        "allowed camera",
                        "allowed microphone",
                        "allowed screenShare",
                        "allowed chat",
                        "denied moderate");
        waitFor("the call joined", d -> "joined".equals(script(d, "return document.body.dataset.call")));
        assertThat(activeCalls(lesson)).isEqualTo(1);

        browser.switchTo().defaultContent();
        Path screenshot = Path.of("target", "embedded-room.png");
        Files.createDirectories(screenshot.getParent());
        Files.copy(
                chromium.driver.getScreenshotAs(OutputType.FILE).toPath(),
                screenshot,
                StandardCopyOption.REPLACE_EXISTING);

        browser.switchTo().frame(browser.findElement(By.tagName("iframe")));
        browser.findElement(By.id("leave")).click();
        browser.switchTo().defaultContent();
        waitFor(
                "ld_finish_call in the embedding page",
                d -> ((List<?>) script(d, "return window.received")).contains(api.baseUrl() + " ld_finish_call"));
        assertThat(activeCalls(lesson)).isZero();
    }

    @Test
    void aWebinarViewerIsNeverAskedForACameraAndAUsedGuestLinkSaysSo() {
        Room webinar = room("webinar", "Quarterly results");
        String guestToken = query(
                fixtures.guestLink(
                                webinar.owner().token(),
                                webinar.spaceId(),
                                webinar.id(),
                                Map.of("username", "Guest Viewer", "role", "user"))
                        .string("/url"),
                "accessToken");
        JsonNode embed = descriptor(webinar, guestToken, "?height=480px");
        assertThat(embed.get("iframe").get("allow").asString())
                .startsWith("camera 'none'; microphone 'none'; fullscreen");
        assertThat(embed.get("roomUrl").asString()).contains("accessToken=" + guestToken);
        String page = site.page(
                "127.0.0.1", "webinar", "Quarterly results", embed.get("html").asString());

        WebDriver browser = chromium.driver;
        browser.get(page);
        browser.switchTo().frame(browser.findElement(By.tagName("iframe")));
        waitFor("the viewer's room", d -> "ready".equals(script(d, "return document.body.dataset.state")));
        assertThat(script(browser, "return document.body.dataset.media")).isEqualTo("none");
        assertThat(script(
                        browser,
                        "const v = document.getElementById('preview'); return v.hidden && v.srcObject === null"))
                .isEqualTo(true);
        assertThat(text(browser, "placeholder-text")).startsWith("You are in the audience");
        assertThat(text(browser, "room-type")).isEqualTo("WEBINAR");
        assertThat(text(browser, "who")).isEqualTo("Guest Viewer · viewer");
        assertThat(permissions(browser))
                .containsExactly(
                        "denied camera", "denied microphone", "denied screenShare", "allowed chat", "denied moderate");
        assertThat(script(browser, "return document.featurePolicy.allowsFeature('camera')"))
                .isEqualTo(false);
        assertThat(script(browser, "return document.featurePolicy.allowsFeature('microphone')"))
                .isEqualTo(false);
        // Even a page that asks anyway gets nothing, although this browser grants every request.
        Object refused = ((ChromeDriver) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                navigator.mediaDevices.getUserMedia({video: true, audio: true})
                    .then(s => { s.getTracks().forEach(t => t.stop()); done('granted'); }, e => done(e.name));""");
        assertThat(refused).isEqualTo("NotAllowedError");
        waitFor("the call joined", d -> "joined".equals(script(d, "return document.body.dataset.call")));

        browser.findElement(By.id("leave")).click();
        browser.switchTo().defaultContent();
        waitFor(
                "ld_finish_call in the embedding page",
                d -> ((List<?>) script(d, "return window.received")).contains(api.baseUrl() + " ld_finish_call"));

        // The guest registered with its one-time link: the same iframe again is refused, in words.
        browser.get(page);
        browser.switchTo().frame(browser.findElement(By.tagName("iframe")));
        assertProblemShown(browser, "Room link already used", "works only once");
    }

    @Test
    void aBrokenExpiredOrMissingTokenShowsAMessageNotABlankFrame() {
        Room lesson = room("lesson", "Broken links");
        String expired = jwts.sign(
                lesson.owner().id(), "user", Jwts.REFRESH, "kit-demo", Ids.newId(), Duration.ofSeconds(-60), null);
        WebDriver browser = chromium.driver;

        browser.get(api.baseUrl() + "/room/" + lesson.alias() + "?participantName=Anna&refreshToken=not-a-token");
        assertProblemShown(browser, "Room link not valid", "not valid");
        browser.get(api.baseUrl() + "/room/" + lesson.alias() + "?refreshToken=" + expired);
        assertProblemShown(browser, "Room link expired", "has expired");
        browser.get(api.baseUrl() + "/room/" + lesson.alias() + "?participantName=Anna");
        assertProblemShown(browser, "No sign-in in this link", "carries no token");
        browser.get(api.baseUrl() + "/room/NoSuchRoom?accessToken=x");
        assertProblemShown(browser, "Not found", "There is no room NoSuchRoom.");
    }

    @Test
    void aSiteThatIsNotAnAllowedOriginCannotFrameTheRoom() {
        Room lesson = room("lesson", "Framed elsewhere");
        TestUser anna = newUser();
        JsonNode embed = descriptor(lesson, anna.token(), "");
        // *.localhost is this machine too, but not in the default profile's list ('self', localhost, 127.0.0.1).
        String page = site.page(
                "elsewhere.localhost",
                "elsewhere",
                "Not allowed",
                embed.get("html").asString());

        WebDriver browser = chromium.driver;
        browser.get(page);
        waitFor("the frame loaded", d -> "complete".equals(script(d, "return document.readyState")));
        browser.switchTo().frame(browser.findElement(By.tagName("iframe")));
        // Chromium puts its error page in place of a frame that frame-ancestors forbids.
        waitFor(
                "the frame blocked",
                d -> String.valueOf(script(d, "return location.href")).startsWith("chrome-error://"));
        assertThat(browser.findElements(By.id("room"))).isEmpty();
        assertThat(chromium.console())
                .contains("violates the following Content Security Policy directive: "
                        + "\"frame-ancestors 'self' http://localhost:* http://127.0.0.1:*\"");
        // The token is untouched: the page's sign-in never ran.
        String refreshToken = query(embed.get("roomUrl").asString(), "refreshToken");
        api.post("/v1/auth/token", null, grant("refresh_token", "refresh_token", refreshToken))
                .assertStatus(200);
    }

    private void assertProblemShown(WebDriver browser, String title, String detail) {
        waitFor("the message \"" + title + "\"", d -> "failed".equals(script(d, "return document.body.dataset.state")));
        assertThat(browser.findElement(By.id("problem")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("room")).isDisplayed()).isFalse();
        assertThat(text(browser, "problem-title")).isEqualTo(title);
        assertThat(text(browser, "problem-detail")).contains(detail);
    }

    private long activeCalls(Room room) {
        JsonNode calls = api.get(
                        "/v1/spaces/" + room.spaceId() + "/analytics/calls?roomId=" + room.id(),
                        room.owner().token())
                .assertStatus(200)
                .body()
                .get("items");
        long active = 0;
        for (JsonNode call : calls) {
            active += call.get("active").asBoolean() ? 1 : 0;
        }
        return active;
    }

    private static List<String> permissions(WebDriver browser) {
        return browser.findElements(By.cssSelector("#permissions li")).stream()
                .map(li -> li.getAttribute("class") + " " + li.getAttribute("data-permission"))
                .toList();
    }

    private static String text(WebDriver browser, String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private static Object script(WebDriver browser, String script) {
        return ((ChromeDriver) browser).executeScript(script);
    }

    /** Waits for the condition; a timeout fails with the browser's console, which says why. */
    private static void waitFor(String what, Function<WebDriver, Boolean> condition) {
        try {
            new WebDriverWait(chromium.driver, WAIT).until(condition::apply);
        } catch (TimeoutException e) {
            throw new AssertionError(
                    "No " + what + " within " + WAIT.toSeconds() + " s. Browser console:" + chromium.console(), e);
        }
    }

    private static String query(String url, String name) {
        for (String pair : url.substring(url.indexOf('?') + 1).split("&")) {
            if (pair.startsWith(name + "=")) {
                return java.net.URLDecoder.decode(
                        pair.substring(name.length() + 1), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no " + name + " in " + url);
    }
}
