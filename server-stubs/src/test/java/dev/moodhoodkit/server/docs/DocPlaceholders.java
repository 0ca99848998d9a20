package dev.moodhoodkit.server.docs;

import dev.moodhoodkit.server.testing.Api;
import dev.moodhoodkit.server.testing.ApiResponse;
import dev.moodhoodkit.server.testing.ApiTest;
import dev.moodhoodkit.server.testing.TestUser;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values of one page's {@code $PLACEHOLDERS}. A page's examples set them with
 * {@code # save:}; what a page uses without setting it is made here through the API (every call
 * checked against the spec), the first time it is needed, from the values the page already has:
 * a page that made its own space gets its room in that space. Each page starts afresh, so pages
 * run in any order and none depends on another.
 */
final class DocPlaceholders {

    static final Pattern REFERENCE = Pattern.compile("\\$\\{?([A-Z][A-Z0-9_]*)\\}?");

    private final Api api;
    private final Supplier<String> clientToken;
    private final String clientId;
    private final String clientSecret;
    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, Function<DocPlaceholders, Map<String, String>>> makers = new LinkedHashMap<>();

    DocPlaceholders(Api api, Supplier<String> clientToken, String clientId, String clientSecret) {
        this.api = api;
        this.clientToken = clientToken;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        maker(p -> Map.of("CLIENT_TOKEN", p.clientToken.get()), "CLIENT_TOKEN");
        maker(p -> Map.of("METRICS_TOKEN", ApiTest.METRICS_TOKEN), "METRICS_TOKEN");
        maker(
                p -> p.user("", ApiTest.Accounts.newUser(p.api, p.get("CLIENT_TOKEN"), p.clientId, p.clientSecret)),
                "USER_TOKEN",
                "REFRESH_TOKEN",
                "USER_ID",
                "USER_EMAIL");
        maker(
                p -> p.user(
                        "SECOND_", ApiTest.Accounts.newUser(p.api, p.get("CLIENT_TOKEN"), p.clientId, p.clientSecret)),
                "SECOND_USER_TOKEN",
                "SECOND_REFRESH_TOKEN",
                "SECOND_USER_ID",
                "SECOND_USER_EMAIL");
        maker(
                p -> Map.of(
                        "SPACE_ID",
                        p.api.post(
                                        "/v1/spaces",
                                        p.get("USER_TOKEN"),
                                        Map.of("name", "Design school", "isPublic", false))
                                .assertStatus(201)
                                .string("/id")),
                "SPACE_ID");
        maker(
                p -> {
                    ApiResponse room = p.api.post(
                                    "/v1/spaces/" + p.get("SPACE_ID") + "/rooms",
                                    p.get("USER_TOKEN"),
                                    Map.of("name", "Monday lesson", "type", "lesson", "isPublic", false))
                            .assertStatus(201);
                    return Map.of("ROOM_ID", room.string("/id"), "ROOM_ALIAS", room.string("/alias"));
                },
                "ROOM_ID",
                "ROOM_ALIAS");
        maker(
                p -> Map.of(
                        "INVITE_ID",
                        p.api.post(
                                        "/v1/spaces/" + p.get("SPACE_ID") + "/invites",
                                        p.get("USER_TOKEN"),
                                        Map.of("role", "role_space_user"))
                                .assertStatus(201)
                                .string("/id")),
                "INVITE_ID");
        maker(
                p -> {
                    ApiResponse token = p.api.post(
                                    "/v1/users/me/personal-tokens", p.get("USER_TOKEN"), Map.of("name", "Docs test"))
                            .assertStatus(201);
                    return Map.of("TOKEN_ID", token.string("/id"), "PERSONAL_TOKEN", token.string("/token"));
                },
                "TOKEN_ID",
                "PERSONAL_TOKEN");
        maker(
                p -> {
                    String url = p.api.post(
                                    "/v1/spaces/" + p.get("SPACE_ID") + "/rooms/" + p.get("ROOM_ID")
                                            + "/generate-access",
                                    p.get("USER_TOKEN"),
                                    Map.of("username", "Guest Lecturer", "role", "user", "isPermanent", true))
                            .assertStatus(200)
                            .string("/url");
                    return Map.of("GUEST_TOKEN", query(url, "accessToken"));
                },
                "GUEST_TOKEN");
        maker(
                p -> Map.of(
                        "PARTICIPANT_ID",
                        p.api.post(
                                        "/v1/spaces/" + p.get("SPACE_ID") + "/participants",
                                        p.get("USER_TOKEN"),
                                        Map.of("name", "Anna", "roomId", p.get("ROOM_ID"), "role", "speaker"))
                                .assertStatus(201)
                                .string("/id")),
                "PARTICIPANT_ID");
    }

    private void maker(Function<DocPlaceholders, Map<String, String>> maker, String... names) {
        for (String name : names) {
            makers.put(name, maker);
        }
    }

    /** Every name this class can make. */
    Set<String> makeable() {
        return new TreeSet<>(makers.keySet());
    }

    /** The value of {@code name}: set by an example, else made now. */
    String get(String name) {
        String value = values.get(name);
        if (value != null) {
            return value;
        }
        Function<DocPlaceholders, Map<String, String>> maker = makers.get(name);
        if (maker == null) {
            throw new AssertionError("$" + name + " is neither set by an earlier example of the page (# save:) nor one "
                    + "the docs test can make (" + String.join(", ", makeable()) + ")");
        }
        Map<String, String> made = maker.apply(this);
        made.forEach(values::putIfAbsent);
        return values.get(name);
    }

    void set(String name, String value) {
        values.put(name, value);
    }

    /** The values of every placeholder that {@code text} refers to. */
    Map<String, String> referencedIn(String text) {
        Map<String, String> referenced = new LinkedHashMap<>();
        Matcher m = REFERENCE.matcher(text);
        while (m.find()) {
            referenced.put(m.group(1), get(m.group(1)));
        }
        return referenced;
    }

    private Map<String, String> user(String prefix, TestUser user) {
        return Map.of(
                prefix + "USER_TOKEN",
                user.token(),
                prefix + "REFRESH_TOKEN",
                user.refreshToken(),
                prefix + "USER_ID",
                user.id(),
                prefix + "USER_EMAIL",
                user.email());
    }

    static String query(String url, String name) {
        String query = URI.create(url).getRawQuery();
        for (String pair : query == null ? new String[0] : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no " + name + " in " + url);
    }
}
