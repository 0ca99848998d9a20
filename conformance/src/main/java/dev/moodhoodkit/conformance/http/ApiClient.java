package dev.moodhoodkit.conformance.http;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.moodhoodkit.conformance.report.Ledger;
import dev.moodhoodkit.conformance.spec.Contract;
import dev.moodhoodkit.conformance.spec.Contract.SpecOperation;
import dev.moodhoodkit.conformance.spec.ExchangeCheck;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * Sends the walk's calls to the deployment and checks each exchange against the chosen spec:
 * what the spec lacks is never sent (an operation, a query parameter, a body field; a request
 * the spec would reject is held back), and every answer's violations go to the ledger.
 */
public final class ApiClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;
    private final Contract contract;
    private final ExchangeCheck check;
    private final Ledger ledger;
    private final Pacer pacer;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    public ApiClient(URI base, Contract contract, Ledger ledger, int maxRequests, double ratePerSecond) {
        this.base = base;
        this.contract = contract;
        this.check = new ExchangeCheck(contract, base.getPath());
        this.ledger = ledger;
        this.pacer = new Pacer(maxRequests, ratePerSecond);
    }

    /** Whether the chosen spec has the operation (the mirror lacks the extensions). */
    public boolean has(String operationId) {
        return contract.operation(operationId).isPresent();
    }

    public Contract contract() {
        return contract;
    }

    /** From now on the requests kept back for the clean-up may be spent. */
    public void startCleanup() {
        pacer.openReserve();
    }

    public int sent() {
        return pacer.sent();
    }

    /** The exchange, or empty when the call was not sent (not in the chosen spec) or unanswered. */
    public Optional<Exchange> send(Call call) {
        Optional<SpecOperation> found = contract.operation(call.operationId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        SpecOperation operation = found.get();
        String operationId = operation.operationId();
        String path = base.getPath() + expand(operation.pathTemplate(), call.pathParameters);
        StringJoiner query = new StringJoiner("&");
        SimpleRequest.Builder request = new SimpleRequest.Builder(Request.Method.valueOf(operation.method()), path);
        call.query.forEach((name, value) -> {
            if (contract.hasQueryParameter(operation, name)) {
                query.add(encode(name) + "=" + encode(value));
                request.withQueryParam(name, value);
            } else {
                ledger.note(operationId, "query parameter `" + name + "` left out: not in this spec");
            }
        });
        String contentType = null;
        String body = null;
        if (call.json != null) {
            JsonNode pruned = contract.pruneBody(operation, call.json);
            if (!pruned.equals(call.json)) {
                ledger.note(operationId, "body fields the spec lacks left out");
            }
            contentType = "application/json";
            body = pruned.toString();
        } else if (call.rawBody != null) {
            contentType = call.rawContentType;
            body = call.rawBody;
        }
        request.withAccept("application/json, application/problem+json, text/plain");
        if (contentType != null) {
            request.withContentType(contentType).withBody(body);
        }
        if (call.token != null) {
            request.withAuthorization("Bearer " + call.token);
        }
        Request validated = request.build();
        if (!call.offContract) {
            List<String> errors = check.requestErrors(validated);
            if (!errors.isEmpty()) {
                ledger.note(operationId, "a request was held back, the spec would reject it: " + errors.get(0));
                return Optional.empty();
            }
        }
        URI url = URI.create(
                base.getScheme() + "://" + base.getRawAuthority() + path + (query.length() == 0 ? "" : "?" + query));
        pacer.acquire();
        HttpResponse<String> response;
        try {
            response = http.send(
                    httpRequest(operation, url, call, contentType, body), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            ledger.violation(operationId, "no answer: " + e, operation.method() + " " + url);
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        Exchange exchange = new Exchange(
                operationId,
                operation.method(),
                url.toString(),
                body,
                response.statusCode(),
                response.headers().map(),
                response.body());
        ledger.exchanged(operationId, response.statusCode());
        SimpleResponse.Builder answer =
                SimpleResponse.Builder.status(response.statusCode()).withBody(response.body());
        response.headers().map().forEach(answer::withHeader);
        List<String> errors = call.offContract
                ? check.responseErrors(path, validated.getMethod(), answer.build())
                : check.exchangeErrors(validated, answer.build());
        errors.forEach(error -> ledger.violation(operationId, error, exchange.describe()));
        if (!call.expected.isEmpty() && !call.expected.contains(response.statusCode())) {
            ledger.violation(
                    operationId,
                    "expected " + call.expected + " (" + call.why + "), got " + response.statusCode(),
                    exchange.describe());
        }
        return Optional.of(exchange);
    }

    private HttpRequest httpRequest(SpecOperation operation, URI url, Call call, String contentType, String body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(url)
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json, application/problem+json, text/plain")
                .header("User-Agent", "moodhood-conformance");
        if (call.token != null) {
            builder.header("Authorization", "Bearer " + call.token);
        }
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        HttpRequest.BodyPublisher publisher =
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body);
        return builder.method(operation.method(), publisher).build();
    }

    private static String expand(String template, Map<String, String> parameters) {
        String path = template;
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            path = path.replace(
                    "{" + parameter.getKey() + "}", encode(parameter.getValue()).replace("+", "%20"));
        }
        if (path.contains("{")) {
            throw new IllegalStateException("a path parameter of " + template + " is missing: " + parameters);
        }
        return path;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A JSON object from alternating names and values, for flows' request bodies. */
    public static JsonNode body(Object... namesAndValues) {
        var object = JSON.createObjectNode();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            object.set((String) namesAndValues[i], JSON.valueToTree(namesAndValues[i + 1]));
        }
        return object;
    }
}
