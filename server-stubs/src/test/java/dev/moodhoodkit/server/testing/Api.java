package dev.moodhoodkit.server.testing;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import dev.moodhoodkit.testsupport.SpecValidation;
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
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * A small HTTP client for one running server, over {@link HttpClient}. Every exchange under
 * {@code /v1} is checked against openapi.yaml, and the call fails with the validator's report
 * when it does not match:
 * <pre>
 * ApiResponse created = api.post("/v1/users", clientToken, Map.of("email", ...)).assertStatus(201);
 * api.request("POST", "/v1/users").bearer("garbage").json("{").invalidRequest().send();
 * </pre>
 * {@link #page(String)} fetches what the server serves beside the API (Swagger UI, the spec),
 * which the spec does not describe.
 */
public final class Api {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private final String baseUrl;

    public Api(int port) {
        this.baseUrl = "http://localhost:" + port;
    }

    public String baseUrl() {
        return baseUrl;
    }

    public ApiResponse get(String path, String token) {
        return request("GET", path).token(token).send();
    }

    public ApiResponse post(String path, String token, Object json) {
        return request("POST", path).token(token).json(json).send();
    }

    public ApiResponse put(String path, String token, Object json) {
        return request("PUT", path).token(token).json(json).send();
    }

    public ApiResponse delete(String path, String token) {
        return request("DELETE", path).token(token).send();
    }

    /** A request to build step by step; {@code path} starts with {@code /v1/} and may carry a query. */
    public Call request(String method, String path) {
        return new Call(method.toUpperCase(Locale.ROOT), path);
    }

    /** GET of anything outside the API, unchecked against the spec (no redirects followed). */
    public HttpResponse<String> page(String path) {
        try {
            return HTTP.send(
                    HttpRequest.newBuilder(URI.create(baseUrl + path))
                            .timeout(Duration.ofSeconds(30))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** One request being built. */
    public final class Call {

        private final String method;
        private final String path;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private String body;
        private boolean requestMayBreakSpec;

        private Call(String method, String path) {
            this.method = method;
            this.path = path;
        }

        /** {@code Authorization: Bearer <token>}; nothing when {@code token} is null. */
        public Call token(String token) {
            if (token != null) {
                headers.put("Authorization", "Bearer " + token);
            }
            return this;
        }

        public Call header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        /**
         * A JSON body: a String is sent as is (so it can be malformed), anything else is
         * serialized; {@code null} sends no body at all.
         */
        public Call json(Object json) {
            if (json == null) {
                return this;
            }
            return body("application/json", json instanceof String text ? text : JSON.writeValueAsString(json));
        }

        public Call body(String contentType, String text) {
            headers.put("Content-Type", contentType);
            this.body = text;
            return this;
        }

        /**
         * This request breaks the contract on purpose (a missing or bad token, malformed JSON, a
         * wrong type...): check only that the answer is one the spec declares.
         */
        public Call invalidRequest() {
            this.requestMayBreakSpec = true;
            return this;
        }

        public ApiResponse send() {
            HttpRequest.Builder http = HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .timeout(Duration.ofSeconds(30))
                    .method(
                            method,
                            body == null
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            headers.forEach(http::header);
            HttpResponse<String> response;
            try {
                response = HTTP.send(http.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(method + " " + path, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            String what = method + " " + path;
            check(response, what);
            return new ApiResponse(
                    response.statusCode(), response.headers(), parse(response.body()), response.body(), what);
        }

        private void check(HttpResponse<String> response, String what) {
            String pathOnly = pathOf(path);
            SimpleResponse.Builder checked = SimpleResponse.Builder.status(response.statusCode());
            response.headers().map().forEach(checked::withHeader);
            if (!response.body().isEmpty()) {
                checked.withBody(response.body());
            }
            Request.Method verb = Request.Method.valueOf(method);
            if (requestMayBreakSpec) {
                SpecValidation.assertResponseMatches(pathOnly, verb, checked.build(), what);
                return;
            }
            SimpleRequest.Builder request = new SimpleRequest.Builder(verb, pathOnly);
            headers.forEach(request::withHeader);
            if (body != null) {
                request.withBody(body);
            }
            queryOf(path).forEach(request::withQueryParam);
            SpecValidation.assertExchangeMatches(request.build(), checked.build(), what);
        }
    }

    private static String pathOf(String pathAndQuery) {
        int q = pathAndQuery.indexOf('?');
        return q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
    }

    private static Map<String, String> queryOf(String pathAndQuery) {
        Map<String, String> query = new LinkedHashMap<>();
        int q = pathAndQuery.indexOf('?');
        if (q >= 0) {
            for (String pair : pathAndQuery.substring(q + 1).split("&")) {
                int eq = pair.indexOf('=');
                String name = eq < 0 ? pair : pair.substring(0, eq);
                String value = eq < 0 ? "" : pair.substring(eq + 1);
                query.put(
                        URLDecoder.decode(name, StandardCharsets.UTF_8),
                        URLDecoder.decode(value, StandardCharsets.UTF_8));
            }
        }
        return query;
    }

    private static JsonNode parse(String text) {
        if (text == null || text.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            return JSON.readTree(text);
        } catch (JacksonException notJson) {
            return MissingNode.getInstance();
        }
    }
}
