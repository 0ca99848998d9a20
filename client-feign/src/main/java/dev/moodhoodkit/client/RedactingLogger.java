package dev.moodhoodkit.client;

import feign.Logger;
import feign.Request;
import feign.Response;
import feign.slf4j.Slf4jLogger;
import java.io.IOException;

/**
 * Feign's SLF4J logger (category {@code dev.moodhoodkit.client.MoodhoodClient}, level DEBUG)
 * that never writes secrets: no {@code Authorization} header, and at {@code FULL} no token
 * endpoint bodies (client secret, password, tokens).
 */
final class RedactingLogger extends Slf4jLogger {

    RedactingLogger() {
        super(MoodhoodClient.class);
    }

    @Override
    protected boolean shouldLogRequestHeader(String header) {
        return !RequestHeaders.AUTHORIZATION.equalsIgnoreCase(header);
    }

    @Override
    protected void logRequest(String configKey, Logger.Level level, Request request) {
        super.logRequest(configKey, withoutSecretBodies(configKey, level), request);
    }

    @Override
    protected Response logAndRebufferResponse(String configKey, Logger.Level level, Response response, long elapsedTime)
            throws IOException {
        return super.logAndRebufferResponse(configKey, withoutSecretBodies(configKey, level), response, elapsedTime);
    }

    private static Logger.Level withoutSecretBodies(String configKey, Logger.Level level) {
        boolean tokenEndpoint = configKey.startsWith("AuthApi#");
        return tokenEndpoint && level == Logger.Level.FULL ? Logger.Level.HEADERS : level;
    }
}
