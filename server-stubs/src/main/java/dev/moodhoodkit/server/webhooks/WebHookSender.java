package dev.moodhoodkit.server.webhooks;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.SSLException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.util.Timeout;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Makes one attempt: POSTs the callback with Apache HttpClient and says how it went. The client's
 * DNS hook is {@link WebHookTargets#addressesToCall}: the host is resolved once, every address
 * checked, and the connection made to a checked one, so there is no second lookup that DNS
 * rebinding could answer differently. Redirects are not followed (a 3xx is a failed attempt:
 * following one could lead to an address the check never saw), connections are not reused, and
 * the answer's body is read and dropped.
 */
@Component
class WebHookSender implements DisposableBean {

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

    private final Duration readTimeout;
    private final Duration connectTimeout;
    private final Duration attemptTimeout;
    private final CloseableHttpClient http;

    WebHookSender(WebHookTargets targets, WebHookDeliveryProperties properties) {
        this.readTimeout = properties.readTimeout();
        this.connectTimeout = properties.connectTimeout();
        this.attemptTimeout = properties.attemptTimeout();
        DnsResolver checked = new DnsResolver() {
            @Override
            public InetAddress[] resolve(String host) throws UnknownHostException {
                return targets.addressesToCall(host);
            }

            @Override
            public String resolveCanonicalHostname(String host) {
                return host;
            }
        };
        this.http = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(checked)
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.of(connectTimeout))
                                .setSocketTimeout(Timeout.of(readTimeout))
                                .build())
                        .setMaxConnTotal(Math.max(8, properties.concurrency() * 2))
                        .setMaxConnPerRoute(Math.max(4, properties.concurrency()))
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.of(readTimeout))
                        .setRedirectsEnabled(false)
                        .build())
                .setConnectionReuseStrategy((request, response, context) -> false)
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching()
                .setUserAgent(USER_AGENT)
                .build();
    }

    Outcome send(String url, String callbackJson) {
        HttpPost post;
        try {
            URI target = URI.create(url);
            if (target.getHost() == null) {
                return Outcome.noAnswer("Not sent: the URL has no host name that the server can call.");
            }
            post = new HttpPost(target);
        } catch (IllegalArgumentException e) {
            return Outcome.noAnswer("Not sent: the URL cannot be called (" + e.getMessage() + ").");
        }
        // UTF-8 under plain application/json (JSON takes no charset parameter, RFC 8259).
        post.setEntity(new ByteArrayEntity(
                callbackJson.getBytes(StandardCharsets.UTF_8), ContentType.create("application/json", (String) null)));
        // The socket timeout bounds each read; this bound also covers an answer that trickles in
        // forever, so no attempt outlives its claim on the delivery.
        AtomicBoolean timedOut = new AtomicBoolean();
        CompletableFuture<Void> watchdog = CompletableFuture.runAsync(
                () -> {
                    timedOut.set(true);
                    post.cancel();
                },
                CompletableFuture.delayedExecutor(attemptTimeout.toMillis(), TimeUnit.MILLISECONDS));
        try {
            int status = http.execute(post, response -> {
                EntityUtils.consume(response.getEntity());
                return response.getCode();
            });
            return Outcome.answered(status);
        } catch (IOException | RuntimeException e) {
            if (timedOut.get()) {
                return Outcome.noAnswer("No complete answer within " + seconds(attemptTimeout) + ".");
            }
            if (Thread.currentThread().isInterrupted()) {
                return Outcome.noAnswer("The server stopped during the attempt.");
            }
            return Outcome.noAnswer(describe(e));
        } finally {
            watchdog.cancel(false);
        }
    }

    @Override
    public void destroy() throws IOException {
        http.close();
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
        if (cause instanceof WebHookTargets.Refused) {
            return "Not sent: " + stripDot(cause.getMessage());
        }
        if (cause instanceof ConnectTimeoutException) {
            return "Connecting timed out after " + seconds(connectTimeout);
        }
        if (cause instanceof SocketTimeoutException) {
            return "No answer within " + seconds(readTimeout);
        }
        if (cause instanceof UnknownHostException) {
            return "The host cannot be resolved" + detail(cause);
        }
        if (cause instanceof ConnectException) {
            return "The connection failed" + detail(cause);
        }
        if (cause instanceof SSLException) {
            return "The TLS handshake failed" + detail(cause);
        }
        if (cause instanceof InterruptedIOException) {
            return "The attempt was interrupted" + detail(cause);
        }
        return null;
    }

    private static String stripDot(String message) {
        return message.endsWith(".") ? message.substring(0, message.length() - 1) : message;
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
