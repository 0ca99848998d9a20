package dev.moodhoodkit.server.webhooks;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;
import org.springframework.stereotype.Component;

/**
 * Makes one attempt: checks the target against {@link WebHookTargets}, then POSTs the callback
 * with the JDK's HTTP client and says how it went. Redirects are not followed (a 3xx is a
 * failed attempt: following one could lead to an address the check never saw), and the answer's
 * body is read and dropped.
 */
@Component
class WebHookSender {

    static final String USER_AGENT = "MoodHood-Reference-Server-Webhooks/1";

    /** How an attempt went: the receiver's status, if it answered, and what went wrong, if anything. */
    record Outcome(Integer status, String error) {

        boolean delivered() {
            return status != null && status >= 200 && status < 300;
        }

        static Outcome answered(int status) {
            return new Outcome(status, status >= 200 && status < 300 ? null : "The receiver answered " + status + ".");
        }

        static Outcome noAnswer(String error) {
            return new Outcome(null, error);
        }
    }

    private final WebHookTargets targets;
    private final Duration readTimeout;
    private final Duration connectTimeout;
    private final Duration attemptTimeout;
    private final HttpClient http;

    WebHookSender(WebHookTargets targets, WebHookDeliveryProperties properties) {
        this.targets = targets;
        this.readTimeout = properties.readTimeout();
        this.connectTimeout = properties.connectTimeout();
        this.attemptTimeout = properties.attemptTimeout();
        this.http = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                // Plain HTTP/1.1: no h2c upgrade dance with receivers that do not expect it.
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    Outcome send(String url, String callbackJson) {
        Optional<String> refused = targets.refusal(url);
        if (refused.isPresent()) {
            return Outcome.noAnswer("Not sent: " + refused.get());
        }
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(url))
                    .timeout(readTimeout)
                    .header("Content-Type", "application/json")
                    .header("User-Agent", USER_AGENT)
                    .POST(HttpRequest.BodyPublishers.ofString(callbackJson, StandardCharsets.UTF_8))
                    .build();
        } catch (IllegalArgumentException e) {
            return Outcome.noAnswer("Not sent: the URL cannot be called (" + e.getMessage() + ").");
        }
        // The request timeout ends with the answer's headers; the bound here also covers a body
        // that trickles in forever, so no attempt outlives its claim on the delivery.
        CompletableFuture<HttpResponse<Void>> answer = http.sendAsync(request, HttpResponse.BodyHandlers.discarding());
        try {
            return Outcome.answered(
                    answer.get(attemptTimeout.toMillis(), TimeUnit.MILLISECONDS).statusCode());
        } catch (TimeoutException e) {
            answer.cancel(true);
            return Outcome.noAnswer("No complete answer within " + seconds(attemptTimeout) + ".");
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            return Outcome.noAnswer("The server stopped during the attempt.");
        } catch (ExecutionException e) {
            return Outcome.noAnswer(describe(e.getCause()));
        }
    }

    /** A failure in words for the webhook's owner (no class names). */
    private String describe(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String known = known(cause);
            if (known != null) {
                return known + ".";
            }
        }
        return (failure instanceof IOException ? "The connection failed" : "The attempt failed") + detail(failure)
                + ".";
    }

    /** The words for a failure of a kind the owner can act on; null for any other. */
    private String known(Throwable cause) {
        if (cause instanceof HttpConnectTimeoutException) {
            return "Connecting timed out after " + seconds(connectTimeout);
        }
        if (cause instanceof HttpTimeoutException) {
            return "No answer within " + seconds(readTimeout);
        }
        String what = cause instanceof UnknownHostException
                ? "The host cannot be resolved"
                : cause instanceof ConnectException
                        ? "The connection failed"
                        : cause instanceof SSLException ? "The TLS handshake failed" : null;
        return what == null ? null : what + detail(cause);
    }

    private static String detail(Throwable cause) {
        String message = cause.getMessage();
        return message == null || message.isBlank() ? "" : " (" + message + ")";
    }

    private static String seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }
}
