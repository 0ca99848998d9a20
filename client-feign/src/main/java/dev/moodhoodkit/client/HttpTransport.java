package dev.moodhoodkit.client;

import feign.hc5.ApacheHttp5Client;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.util.Timeout;

/** The default HTTP transport: Apache HttpClient 5 with a connection pool, owned by the client. */
final class HttpTransport implements AutoCloseable {

    private final CloseableHttpClient http;
    private final ApacheHttp5Client feignClient;

    HttpTransport(Duration connectTimeout, Duration readTimeout) {
        ConnectionConfig timeouts = ConnectionConfig.custom()
                .setConnectTimeout(Timeout.ofMilliseconds(connectTimeout.toMillis()))
                .setSocketTimeout(Timeout.ofMilliseconds(readTimeout.toMillis()))
                .build();
        this.http = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        // HttpClient's default of 5 per route would queue a busy application.
                        .setMaxConnPerRoute(32)
                        .setMaxConnTotal(64)
                        .setDefaultConnectionConfig(timeouts)
                        .build())
                // Retries are MoodhoodRetryer's job alone: HttpClient's own would retry
                // 429/503 and POSTs behind its back and break the idempotency rule.
                .disableAutomaticRetries()
                // A redirect would carry the bearer token to wherever it points.
                .disableRedirectHandling()
                .disableCookieManagement()
                .build();
        this.feignClient = new ApacheHttp5Client(http);
    }

    feign.Client feignClient() {
        return feignClient;
    }

    @Override
    public void close() {
        try {
            http.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not close the HTTP connection pool", e);
        }
    }
}
