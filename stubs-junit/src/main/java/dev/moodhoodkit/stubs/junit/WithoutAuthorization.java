package dev.moodhoodkit.stubs.junit;

import feign.Client;
import feign.Request;
import feign.Response;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sends requests without their {@code Authorization} header, as a caller that forgot its
 * credentials; see {@link WithoutToken}. Feign's default transport is enough against WireMock.
 */
final class WithoutAuthorization implements Client {

    private final Client http = new Client.Default(null, null);

    @Override
    public Response execute(Request request, Request.Options options) throws IOException {
        Map<String, java.util.Collection<String>> headers = new LinkedHashMap<>(request.headers());
        headers.keySet().removeIf(name -> name.equalsIgnoreCase("Authorization"));
        Request bare = Request.create(
                request.httpMethod(),
                request.url(),
                headers,
                request.body(),
                request.charset(),
                request.requestTemplate());
        return http.execute(bare, options);
    }
}
