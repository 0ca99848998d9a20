package dev.moodhoodkit.server.embed;

import dev.moodhoodkit.server.api.model.EmbedPermissions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The room page, {@code /room/<alias>?participantName=…&refreshToken=…} (or {@code accessToken=…}),
 * MoodHood's link form, and its sign-in, {@code POST /room/<alias>/session}. Both live beside the
 * API, not in it: the page is what the embed descriptor's iframe and guest links open, and the
 * session call is the page's own (the spec does not describe it; nothing but the page should
 * call it).
 */
@RestController
class RoomPageController {

    static final String ALIAS = "{alias:[A-Za-z0-9]{1,32}}";

    /** The page's sign-in request: the token from its URL, and the name from its URL if any. */
    record SessionRequest(String refreshToken, String accessToken, String participantName) {}

    /**
     * The page's session: tokens as the token endpoint gives them ({@code refreshToken} only for
     * a refresh-token sign-in, already rotated), where the room is, and what the visitor may do
     * there (the descriptor's {@code permissions}).
     */
    record SessionAnswer(
            String accessToken,
            String refreshToken,
            long expiresIn,
            String spaceId,
            String roomId,
            String alias,
            String participantName,
            EmbedPermissions permissions) {}

    private final RoomPageSignIn signIn;
    private final RoomPageHeaders headers;
    private final EmbedMapper mapper;
    private final String page;

    RoomPageController(RoomPageSignIn signIn, RoomPageHeaders headers, EmbedMapper mapper) {
        this.signIn = signIn;
        this.headers = headers;
        this.mapper = mapper;
        this.page = resource("room/room.html");
    }

    /**
     * The page, whatever the token: a token that cannot sign in still gets the page, which
     * explains why after its sign-in call. Its {@code Permissions-Policy} is worked out here from
     * the URL's token, without using it, since the browser applies the header before the page's
     * script has signed in.
     */
    @GetMapping(value = "/room/" + ALIAS, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> page(
            @PathVariable String alias,
            @RequestParam(required = false) String refreshToken,
            @RequestParam(required = false) String accessToken) {
        RoomPageSignIn.UrlToken token = new RoomPageSignIn.UrlToken(refreshToken, accessToken);
        Embed.Rights rights = signIn.rightsOf(alias, token).orElse(Embed.Rights.NONE);
        HttpStatus status = signIn.roomExists(alias) ? HttpStatus.OK : HttpStatus.NOT_FOUND;
        return ResponseEntity.status(status)
                .headers(headers.forPage(rights))
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(page);
    }

    @PostMapping(
            value = "/room/" + ALIAS + "/session",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SessionAnswer> session(@PathVariable String alias, @RequestBody SessionRequest request) {
        RoomPageSignIn.Session session = signIn.signIn(
                alias,
                new RoomPageSignIn.UrlToken(request.refreshToken(), request.accessToken()),
                request.participantName());
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .body(new SessionAnswer(
                        session.accessToken(),
                        session.refreshToken(),
                        session.expiresIn(),
                        session.spaceId(),
                        session.roomId(),
                        session.alias(),
                        session.participantName(),
                        mapper.permissions(session.rights())));
    }

    private static String resource(String path) {
        try (InputStream in = RoomPageController.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("The room page " + path + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
