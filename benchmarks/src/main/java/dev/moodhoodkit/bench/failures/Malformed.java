package dev.moodhoodkit.bench.failures;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Sends {@code count} malformed requests of many kinds (bad JSON, wrong types, huge bodies, bad
 * ids, bad tokens, bad enum values, wrong content types, invalid UTF-8, absurd query
 * parameters, broken HTTP) to a running server, and counts the answers by kind and status class.
 * The target is no 5xx at all: each one is printed with its request and answer.
 *
 * <p>The kinds take turns and each draws its variant from a seeded random, so a run is
 * repeatable. Usage: {@code Malformed <baseUrl> <userToken> <spaceId> <roomId> [count] [seed]}
 */
public final class Malformed {

    /** One request to send; {@code halfClose} ends our side after sending (truncated bodies). */
    record Case(String summary, byte[] bytes, boolean halfClose) {}

    private final String token;
    private final String space;
    private final String room;
    private final Map<String, Function<Random, Case>> kinds = new LinkedHashMap<>();

    private Malformed(String token, String space, String room) {
        this.token = token;
        this.space = space;
        this.room = room;
        catalogue();
    }

    public static void main(String[] args) {
        if (args.length < 4) {
            System.err.println("usage: Malformed <baseUrl> <userToken> <spaceId> <roomId> [count] [seed]");
            System.exit(2);
        }
        URI base = URI.create(args[0]);
        int count = args.length > 4 ? Integer.parseInt(args[4]) : 1000;
        long seed = args.length > 5 ? Long.parseLong(args[5]) : 9;
        Malformed malformed = new Malformed(args[1], args[2], args[3]);
        RawHttp http = new RawHttp(base.getHost(), base.getPort());
        System.exit(malformed.run(http, count, new Random(seed)) == 0 ? 0 : 1);
    }

    private int run(RawHttp http, int count, Random random) {
        List<String> names = new ArrayList<>(kinds.keySet());
        Map<String, Map<String, Integer>> byKind = new TreeMap<>();
        Map<String, Integer> byClass = new TreeMap<>();
        int serverErrors = 0;
        for (int i = 0; i < count; i++) {
            String kind = names.get(i % names.size());
            Case c = kinds.get(kind).apply(random);
            RawHttp.Answer answer = http.send(c.bytes(), c.halfClose());
            String outcome = answer.status() == 0 ? "no answer" : Integer.toString(answer.status());
            byKind.computeIfAbsent(kind, k -> new TreeMap<>()).merge(outcome, 1, Integer::sum);
            String statusClass = answer.status() == 0 ? "no answer" : answer.status() / 100 + "xx";
            byClass.merge(statusClass, 1, Integer::sum);
            if (answer.status() >= 500) {
                serverErrors++;
                System.out.println("5xx: " + kind + " | " + c.summary() + "\n  -> "
                        + answer.head()
                                .replace("\r\n", "\n     ")
                                .substring(0, Math.min(900, answer.head().length())));
            } else if (answer.status() == 0) {
                System.out.println("no answer: " + kind + " | " + c.summary() + " | " + answer.failure());
            }
        }
        System.out.println("malformed requests by kind (status=count):");
        byKind.forEach((kind, outcomes) -> System.out.printf("  %-32s %s%n", kind, outcomes));
        System.out.println(
                "malformed: sent=" + count + " kinds=" + names.size() + " " + byClass + " 5xx=" + serverErrors);
        return serverErrors;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static <T> T pick(Random random, List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    private Case json(String summary, String method, String target, byte[] body) {
        return new Case(
                summary,
                RawHttp.request(
                        method,
                        target,
                        "Authorization: Bearer " + token + "\r\nContent-Type: application/json",
                        body,
                        true),
                false);
    }

    private Case json(String method, String target, String body) {
        return json(method + " " + target + " " + abbreviate(body), method, target, utf8(body));
    }

    private Case get(String target) {
        return new Case(
                "GET " + abbreviate(target),
                RawHttp.request("GET", target, "Authorization: Bearer " + token, null, false),
                false);
    }

    private static String abbreviate(String s) {
        return s.length() > 120 ? s.substring(0, 120) + "...(" + s.length() + " chars)" : s;
    }

    private String spaces() {
        return "/v1/spaces";
    }

    private String rooms() {
        return "/v1/spaces/" + space + "/rooms";
    }

    private String roomPath() {
        return rooms() + "/" + room;
    }

    private void kind(String name, Function<Random, Case> make) {
        kinds.put(name, make);
    }

    private void catalogue() {
        kind(
                "bad-json",
                r -> json(
                        "POST",
                        pick(
                                r,
                                List.of(
                                        spaces(),
                                        rooms(),
                                        "/v1/users",
                                        "/v1/auth/token",
                                        "/v1/spaces/" + space + "/invites",
                                        "/v1/spaces/" + space + "/webhook")),
                        pick(
                                r,
                                List.of(
                                        "{\"name\":",
                                        "{name: 'x'}",
                                        "{\"name\":\"x\",}",
                                        "{\"name\" \"x\"}",
                                        "nul",
                                        "{\"a\":1}}",
                                        "{\"name\":\"x\"",
                                        "\u0000\u0001",
                                        "{\"name\":\"x\"}garbage",
                                        "[",
                                        "}",
                                        "{\"name\":tru}",
                                        "{\"name\":\"x\\q\"}",
                                        "{\"name\":01}"))));
        kind(
                "json-not-an-object",
                r -> json(
                        "POST",
                        pick(
                                r,
                                List.of(
                                        spaces(),
                                        rooms(),
                                        "/v1/users",
                                        "/v1/spaces/" + space + "/invites",
                                        roomPath() + "/generate-access")),
                        pick(r, List.of("[]", "[{\"name\":\"x\"}]", "\"name\"", "42", "true", "null"))));
        kind(
                "wrong-types",
                r -> json(
                        "POST",
                        spaces(),
                        pick(
                                r,
                                List.of(
                                        "{\"name\":123}",
                                        "{\"name\":{\"a\":1}}",
                                        "{\"name\":[\"x\"]}",
                                        "{\"name\":\"x\",\"isPublic\":\"yes\"}",
                                        "{\"name\":\"x\",\"isPublic\":1}",
                                        "{\"name\":null}",
                                        "{\"name\":\"x\",\"logo\":42}",
                                        "{\"name\":true,\"description\":[]}"))));
        kind(
                "wrong-types-room",
                r -> json(
                        "POST",
                        rooms(),
                        pick(
                                r,
                                List.of(
                                        "{\"name\":\"x\",\"isChatAllowed\":\"no\"}",
                                        "{\"name\":5}",
                                        "{\"name\":\"x\",\"type\":7}",
                                        "{\"name\":\"x\",\"isPublic\":{}}",
                                        "{\"name\":\"x\",\"redirectUrl\":123}"))));
        kind(
                "wrong-types-update",
                r -> json(
                        "PUT",
                        pick(r, List.of(roomPath(), "/v1/spaces/" + space, "/v1/users/me/settings/meetings")),
                        pick(
                                r,
                                List.of(
                                        "{\"name\":[1,2]}",
                                        "{\"isPublic\":\"maybe\"}",
                                        "{\"defaultSpaceId\":123}",
                                        "{\"name\":1e400}",
                                        "{\"isPublic\":null}"))));
        kind("huge-body", r -> {
            byte[] body = utf8("{\"name\":\"" + "x".repeat(100_000 + r.nextInt(900_000)) + "\"}");
            return json("POST " + spaces() + " (" + body.length + " bytes, Content-Length)", "POST", spaces(), body);
        });
        kind("huge-body-chunked", r -> {
            byte[] body = utf8("{\"name\":\"" + "y".repeat(100_000 + r.nextInt(300_000)) + "\"}");
            return new Case(
                    "POST " + rooms() + " (" + body.length + " bytes, chunked)",
                    RawHttp.request(
                            "POST",
                            rooms(),
                            "Authorization: Bearer " + token
                                    + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked",
                            RawHttp.chunked(body),
                            false),
                    false);
        });
        kind(
                "long-string-fields",
                r -> json(
                        "POST",
                        pick(r, List.of(spaces(), rooms(), "/v1/users")),
                        "{\"name\":\"" + "n".repeat(5000) + "\",\"email\":\"" + "e".repeat(3000)
                                + "@x.com\",\"username\":\""
                                + "u".repeat(2000) + "\",\"password\":\"" + "p".repeat(4000) + "\",\"description\":\""
                                + "d".repeat(10000) + "\"}"));
        kind("deep-nesting", r -> {
            int depth = 2000 + r.nextInt(20000);
            return json(
                    "POST " + spaces() + " (nesting " + depth + ")",
                    "POST",
                    spaces(),
                    utf8("{\"name\":" + "[".repeat(depth) + "]".repeat(depth) + "}"));
        });
        kind(
                "absurd-numbers",
                r -> json(
                        "POST",
                        pick(r, List.of(rooms(), "/v1/spaces/" + space + "/invites", "/v1/users/me/personal-tokens")),
                        pick(
                                r,
                                List.of(
                                        "{\"name\":\"x\",\"isPublic\":1e999999}",
                                        "{\"role\":\"role_space_user\",\"expiresAt\":99999999999999999999999}",
                                        "{\"name\":\"t\",\"expiresAt\":\"+999999999-12-31T23:59:59Z\"}",
                                        "{\"role\":\"role_space_user\",\"expiresAt\":\"not a date\"}",
                                        "{\"role\":\"role_space_user\",\"expiresAt\":\"2026-02-30T25:61:61Z\"}",
                                        "{\"name\":\"t\",\"expiresAt\":-1}"))));
        kind(
                "bad-path-ids",
                r -> get(pick(
                        r,
                        List.of(
                                "/v1/spaces/not-an-id",
                                "/v1/spaces/ZZZZZZZZZZZZZZZZZZZZZZZZ",
                                "/v1/spaces/" + "a".repeat(25),
                                "/v1/spaces/" + "a".repeat(23),
                                "/v1/spaces/%00",
                                "/v1/spaces/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
                                "/v1/spaces/" + space + "/rooms/%ff%fe",
                                "/v1/spaces/" + "9".repeat(5000),
                                "/v1/spaces/" + space + "/rooms/" + room.toUpperCase(),
                                "/v1/spaces/%20" + space,
                                "/v1/spaces/" + space + "/invites/x/activate",
                                "/v1/spaces/" + space + "/rooms/" + room
                                        + "/records/download/..%2f..%2f..%2fetc%2fpasswd",
                                "/v1/spaces/" + space + "/rooms/" + room + "/records/download/" + "f".repeat(24)
                                        + ".mp4",
                                "/v1/spaces/;jsessionid=1",
                                "/v1/spaces/%"))));
        kind(
                "bad-ids-writes",
                r -> json(
                        pick(r, List.of("POST", "PUT", "DELETE")),
                        pick(
                                r,
                                List.of(
                                        "/v1/spaces/xyz/rooms",
                                        "/v1/spaces/" + space + "/rooms/nope",
                                        "/v1/spaces/" + "0".repeat(24),
                                        "/v1/spaces/" + space + "/invites/" + "1".repeat(24) + "/activate",
                                        "/v1/spaces/" + space + "/participants/!!!/signaling-token",
                                        "/v1/users/me/personal-tokens/%27%20OR%201=1--")),
                        "{\"name\":\"x\",\"role\":\"role_space_user\"}"));
        kind("bad-tokens", r -> {
            String header = pick(
                    r,
                    List.of(
                            "Authorization: Bearer garbage",
                            "Authorization: Bearer a.b.c",
                            "Authorization: Basic a2l0LWRlbW86c2VjcmV0",
                            "Authorization: Bearer ",
                            "Authorization: Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.",
                            "Authorization: Bearer " + token.substring(0, token.length() - 3) + "AAA",
                            "Authorization: Bearer " + token + "." + token,
                            "Authorization: Bearer mhp_" + "z".repeat(40),
                            "Authorization: bearer\t" + token.substring(0, 20),
                            "Authorization: Bearer " + "A".repeat(6000),
                            "Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.bm90IGpzb24.c2ln",
                            "Authorization: Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln",
                            "Authorization:"));
            String target = pick(r, List.of(roomPath(), spaces(), "/v1/users/me", "/v1/integration/client"));
            return new Case(
                    "GET " + target + " with " + abbreviate(header),
                    RawHttp.request("GET", target, header, null, false),
                    false);
        });
        kind(
                "bad-enum-values",
                r -> pick(
                        r,
                        List.of(
                                json("POST", "/v1/spaces/" + space + "/invites", "{\"role\":\"role_space_owner\"}"),
                                json("POST", "/v1/spaces/" + space + "/invites", "{\"role\":\"ROLE_SPACE_USER\"}"),
                                json("POST", rooms(), "{\"name\":\"x\",\"type\":\"party\"}"),
                                json("POST", rooms(), "{\"name\":\"x\",\"waitingRoomAudience\":\"everyone-ish\"}"),
                                json(
                                        "POST",
                                        roomPath() + "/roles",
                                        "{\"userId\":\"" + "a".repeat(24) + "\",\"role\":\"role_god\"}"),
                                json(
                                        "POST",
                                        roomPath() + "/generate-access",
                                        "{\"username\":\"G\",\"role\":\"emperor\"}"),
                                json(
                                        "POST",
                                        "/v1/auth/token",
                                        "{\"grant_type\":\"implicit\",\"client_id\":\"kit-demo\",\"client_secret\":\"x\"}"),
                                get("/v1/spaces/" + space + "/invites?status=bogus"),
                                get("/v1/spaces/" + space + "/analytics/report?format=pdf"),
                                json(
                                        "POST",
                                        "/v1/spaces/" + space + "/webhook",
                                        "{\"url\":\"https://example.com/h\",\"events\":[\"world_ended\"]}"))));
        kind("wrong-content-type", r -> {
            String type = pick(
                    r,
                    List.of(
                            "text/plain",
                            "application/xml",
                            "application/x-www-form-urlencoded",
                            "multipart/form-data; boundary=xx",
                            "application/json; charset=ebcdic",
                            "image/png",
                            "*/*",
                            "",
                            "application/json; charset=",
                            "application/merge-patch+json",
                            "text/html; charset=utf-8"));
            String target = pick(r, List.of(spaces(), rooms(), "/v1/users", "/v1/spaces/" + space + "/invites"));
            String headers = "Authorization: Bearer " + token + (type.isEmpty() ? "" : "\r\nContent-Type: " + type);
            byte[] body = utf8(type.contains("xml") ? "<space><name>x</name></space>" : "{\"name\":\"x\"}");
            return new Case(
                    "POST " + target + " as '" + type + "'",
                    RawHttp.request("POST", target, headers, body, true),
                    false);
        });
        kind("token-endpoint-malformed", r -> {
            String form = pick(
                    r,
                    List.of(
                            "grant_type=client_credentials&client_id=%zz&client_secret=x",
                            "grant_type=client_credentials&client_id=kit-demo",
                            "grant_type=&client_id=&client_secret=",
                            "grant_type=password&client_id=kit-demo&client_secret=KitDemoSecret0000ChangeMe0000000&username=%00&password=",
                            "=&=&=",
                            "grant_type=client_credentials&grant_type=password&client_id=kit-demo&client_secret=x",
                            "client_id=" + "k".repeat(5000) + "&client_secret=x&grant_type=client_credentials",
                            "grant_type=refresh_token&client_id=kit-demo&client_secret=KitDemoSecret0000ChangeMe0000000&refresh_token=x.y.z"));
            return new Case(
                    "POST /v1/auth/token form " + abbreviate(form),
                    RawHttp.request(
                            "POST",
                            "/v1/auth/token",
                            "Content-Type: application/x-www-form-urlencoded",
                            utf8(form),
                            true),
                    false);
        });
        kind(
                "token-endpoint-json-types",
                r -> json(
                        "POST",
                        "/v1/auth/token",
                        pick(
                                r,
                                List.of(
                                        "{\"grant_type\":\"client_credentials\",\"client_id\":5,\"client_secret\":[]}",
                                        "{\"grant_type\":null,\"client_id\":\"kit-demo\",\"client_secret\":\"x\"}",
                                        "{\"grant_type\":\"client_credentials\"}",
                                        "{}",
                                        "{\"grant_type\":\"password\",\"client_id\":\"kit-demo\",\"client_secret\":\"KitDemoSecret0000ChangeMe0000000\",\"username\":{},\"password\":1}"))));
        kind("invalid-utf8", r -> {
            byte[][] bad = {
                {(byte) 0xC3, 0x28},
                {(byte) 0xE2, (byte) 0x28, (byte) 0xA1},
                {(byte) 0xF0, (byte) 0x28, (byte) 0x8C, (byte) 0x28},
                {(byte) 0xC0, (byte) 0xAF},
                {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                {(byte) 0xFF},
                {(byte) 0xFE, (byte) 0xFF}
            };
            byte[] pick = bad[r.nextInt(bad.length)];
            byte[] prefix = utf8("{\"name\":\"abc");
            byte[] suffix = utf8(
                    "\",\"role\":\"role_space_user\",\"email\":\"a@b.co\",\"username\":\"u\",\"password\":\"12345678\"}");
            byte[] body = new byte[prefix.length + pick.length + suffix.length];
            System.arraycopy(prefix, 0, body, 0, prefix.length);
            System.arraycopy(pick, 0, body, prefix.length, pick.length);
            System.arraycopy(suffix, 0, body, prefix.length + pick.length, suffix.length);
            String target = pick(
                    r, List.of(spaces(), rooms(), "/v1/users", "/v1/spaces/" + space + "/invites", "/v1/auth/token"));
            return json("POST " + target + " with invalid UTF-8", "POST", target, body);
        });
        kind("invalid-utf8-form-and-url", r -> {
            byte[] body = {
                'g',
                'r',
                'a',
                'n',
                't',
                '_',
                't',
                'y',
                'p',
                'e',
                '=',
                (byte) 0xC3,
                (byte) 0x28,
                '&',
                'c',
                'l',
                'i',
                'e',
                'n',
                't',
                '_',
                'i',
                'd',
                '=',
                (byte) 0xFF
            };
            return r.nextBoolean()
                    ? new Case(
                            "POST /v1/auth/token form with invalid UTF-8",
                            RawHttp.request(
                                    "POST",
                                    "/v1/auth/token",
                                    "Content-Type: application/x-www-form-urlencoded",
                                    body,
                                    true),
                            false)
                    : get(pick(
                            r,
                            List.of(
                                    roomPath() + "/embed?participantName=%C3%28",
                                    spaces() + "?limit=%FF%FE",
                                    "/v1/spaces/" + space + "/analytics/calls?roomId=%ED%A0%80")));
        });
        kind(
                "escaped-oddities",
                r -> json(
                        "POST",
                        pick(r, List.of(spaces(), rooms())),
                        pick(
                                r,
                                List.of(
                                        "{\"name\":\"\\ud800\"}",
                                        "{\"name\":\"\\u0000\"}",
                                        "{\"name\":\"a\\udc00b\"}",
                                        "{\"name\":\"\\uZZZZ\"}",
                                        "{\"name\":\"\u202e\u0000\u0007\"}",
                                        "{\"name\":\"   \"}",
                                        "{\"name\":\"\"}",
                                        "{\"\\u0000\":1,\"name\":\"x\"}",
                                        "{\"name\":\"x\",\"name\":\"y\"}"))));
        kind(
                "absurd-query-params",
                r -> get(pick(
                                r,
                                List.of(
                                        "?limit=-1",
                                        "?limit=0",
                                        "?limit=99999999999999999999",
                                        "?limit=abc",
                                        "?offset=-5",
                                        "?limit=1e3",
                                        "?limit=10&limit=20",
                                        "?offset=2147483648",
                                        "?limit=%00",
                                        "?limit=",
                                        "?offset=99999999",
                                        "?limit=10.5",
                                        "?" + "q=1&".repeat(2000),
                                        "?limit=" + "9".repeat(5000),
                                        "?%=%",
                                        "?limit=1;offset=2"))
                        .transform(q -> pick(
                                        r,
                                        List.of(
                                                spaces(),
                                                rooms(),
                                                "/v1/spaces/" + space + "/invites",
                                                "/v1/users/me/personal-tokens",
                                                "/v1/spaces/" + space + "/webhook/deliveries",
                                                roomPath() + "/records"))
                                + q)));
        kind(
                "absurd-dates-and-filters",
                r -> get(pick(
                        r,
                        List.of(
                                roomPath() + "/records?dateFrom=yesterday",
                                roomPath() + "/records?dateFrom=2026-13-45T99:99:99Z",
                                roomPath()
                                        + "/records?dateTo=%2B999999999-12-31T23:59:59Z&dateFrom=-999999999-01-01T00:00:00Z",
                                "/v1/spaces/" + space + "/analytics/calls?date=2026-02-30",
                                "/v1/spaces/" + space + "/analytics/calls?date=99999-01-01",
                                "/v1/spaces/" + space + "/analytics/calls?roomId=not-an-id",
                                "/v1/spaces/" + space + "/analytics/report?callId=' OR 1=1--",
                                "/v1/spaces/" + space + "/analytics/report?roomId=" + room,
                                roomPath() + "/embed?width=-1&height=NaN%25",
                                roomPath() + "/embed?participantName=" + "x".repeat(3000)))));
        kind(
                "invalid-field-values",
                r -> pick(
                        r,
                        List.of(
                                json(
                                        "POST",
                                        "/v1/users",
                                        "{\"email\":\"not-an-email\",\"username\":\"u\",\"password\":\"12345678\"}"),
                                json(
                                        "POST",
                                        "/v1/users",
                                        "{\"email\":\"a@b.co\",\"username\":\"\",\"password\":\"1\"}"),
                                json(
                                        "POST",
                                        "/v1/users",
                                        "{\"email\":\"a@b.co\",\"username\":\"u\",\"password\":\"12345678\",\"phone\":\"call me\"}"),
                                json("POST", rooms(), "{\"name\":\"x\",\"redirectUrl\":\"javascript:alert(1)\"}"),
                                json("POST", spaces(), "{\"name\":\"x\",\"logo\":\"not a url\"}"),
                                json("POST", spaces(), "{\"name\":\"x\",\"logo\":\"http://[::1\"}"),
                                json("POST", "/v1/spaces/" + space + "/webhook", "{\"url\":\"ftp://x\"}"),
                                json("POST", "/v1/spaces/" + space + "/webhook", "{\"url\":\"http://%zz\"}"),
                                json("PUT", "/v1/spaces/" + space + "/webhook", "{\"url\":\"\"}"),
                                json(
                                        "POST",
                                        "/v1/spaces/" + space + "/participants",
                                        "{\"username\":\"" + "p".repeat(500) + "\"}"),
                                json("POST", roomPath() + "/join", "{\"participantId\":\"nope\"}"),
                                json("POST", roomPath() + "/leave", "{}"),
                                json(
                                        "POST",
                                        "/v1/users/me/personal-tokens",
                                        "{\"name\":\"\",\"expiresAt\":\"1970-01-01T00:00:00Z\"}"),
                                json(
                                        "PUT",
                                        "/v1/users/me/settings/meetings",
                                        "{\"defaultSpaceId\":\"x\",\"defaultRoomId\":\"y\"}"))));
        kind("missing-body", r -> {
            String target = pick(
                    r,
                    List.of(
                            spaces(),
                            rooms(),
                            "/v1/users",
                            "/v1/auth/token",
                            roomPath() + "/generate-access",
                            roomPath(),
                            "/v1/spaces/" + space + "/webhook",
                            "/v1/users/me/settings/meetings"));
            String method = target.equals(roomPath()) || target.endsWith("meetings") ? "PUT" : "POST";
            return new Case(
                    method + " " + target + " without a body",
                    RawHttp.request(
                            method,
                            target,
                            "Authorization: Bearer " + token
                                    + "\r\nContent-Type: application/json\r\nContent-Length: 0",
                            null,
                            false),
                    false);
        });
        kind("truncated-body", r -> {
            byte[] body = utf8("{\"name\":\"truncated\"");
            return new Case(
                    "POST " + spaces() + " declaring 400 bytes, sending " + body.length + ", then closing",
                    RawHttp.request(
                            "POST",
                            spaces(),
                            "Authorization: Bearer " + token
                                    + "\r\nContent-Type: application/json\r\nContent-Length: 400",
                            body,
                            false),
                    true);
        });
        kind("wrong-methods", r -> {
            String method = pick(r, List.of("PATCH", "TRACE", "PROPFIND", "DELETE", "PUT", "OPTIONS", "FOO"));
            String target = pick(r, List.of(spaces(), "/v1/auth/token", roomPath() + "/embed", "/v1/users"));
            return new Case(
                    method + " " + target,
                    RawHttp.request(
                            method,
                            target,
                            "Authorization: Bearer " + token + "\r\nContent-Type: application/json",
                            utf8("{}"),
                            true),
                    false);
        });
        kind("broken-http", r -> {
            String raw = pick(
                    r,
                    List.of(
                            "GET /v1/spaces HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                                    + "\r\nBad Header\r\n\r\n",
                            "GET /v1/spaces HTTP/1.1\r\nHost: localhost\r\nContent-Length: -5\r\n\r\n",
                            "POST /v1/spaces HTTP/1.1\r\nHost: localhost\r\nContent-Length: 5\r\nContent-Length: 7\r\n\r\n{}",
                            "POST /v1/spaces HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n",
                            "GET /v1/spa ces HTTP/1.1\r\nHost: localhost\r\n\r\n",
                            "GET /v1/spaces HTTP/9.9\r\nHost: localhost\r\n\r\n",
                            "GET /v1/spaces?x=<script> HTTP/1.1\r\nHost: localhost\r\n\r\n",
                            "GET /v1/spaces HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "h".repeat(20000) + "\r\n\r\n",
                            "GET /v1/spaces\r\n\r\n"));
            return new Case(abbreviate(raw.replace("\r\n", "\\r\\n")), raw.getBytes(StandardCharsets.ISO_8859_1), true);
        });
        kind("idempotency-and-headers", r -> {
            String header = pick(
                    r,
                    List.of(
                            "Idempotency-Key: " + "k".repeat(5000),
                            "Idempotency-Key: ",
                            "X-Request-Id: " + "r".repeat(3000),
                            "X-Request-Id: \u0001\u0002",
                            "Accept: application/xml",
                            "Accept: text/csv",
                            "Accept-Charset: ebcdic",
                            "Accept: */*;q=abc"));
            return new Case(
                    "POST " + spaces() + " with " + abbreviate(header),
                    RawHttp.request(
                            "POST",
                            spaces(),
                            "Authorization: Bearer " + token + "\r\nContent-Type: application/json\r\n" + header,
                            utf8("{\"name\":\"header check\"}"),
                            true),
                    false);
        });
    }
}
