package dev.moodhoodkit.client;

import feign.Client;
import feign.Request;
import feign.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The client's real transport (Apache HttpClient 5) with a log of what went over it, so that a
 * test against the real server can tell which token requests the client made and which calls
 * the server refused. Lines read {@code "GET /v1/users/me -> 200"} or, for the token
 * endpoint, {@code "POST /v1/auth/token refresh_token -> 200"}.
 */
final class RecordingTransport implements Client, AutoCloseable {

    private static final Pattern GRANT = Pattern.compile("\"grant_type\"\\s*:\\s*\"([a-z_]+)\"|grant_type=([a-z_]+)");

    private final HttpTransport transport = new HttpTransport(Duration.ofSeconds(5), Duration.ofSeconds(30));
    private final List<String> exchanges = new CopyOnWriteArrayList<>();

    @Override
    public Response execute(Request request, Request.Options options) throws IOException {
        Response response = transport.feignClient().execute(request, options);
        String path = java.net.URI.create(request.url()).getPath();
        exchanges.add(request.httpMethod() + " " + path + grant(request) + " -> " + response.status());
        return response;
    }

    private static String grant(Request request) {
        if (request.body() == null) {
            return "";
        }
        Matcher grant = GRANT.matcher(new String(request.body(), StandardCharsets.UTF_8));
        return grant.find() ? " " + (grant.group(1) != null ? grant.group(1) : grant.group(2)) : "";
    }

    /** Everything sent so far, oldest first. */
    List<String> exchanges() {
        return List.copyOf(exchanges);
    }

    void forget() {
        exchanges.clear();
    }

    @Override
    public void close() {
        transport.close();
    }
}
