package dev.moodhoodkit.client;

import feign.RequestInterceptor;
import feign.RequestTemplate;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Names this client and its version on every request ({@code moodhood-kit-java/0.1.0}), so that
 * the API's operators can tell which clients call them. The version is the artifact's, written
 * into {@code client.properties} by the build.
 */
final class UserAgent implements RequestInterceptor {

    static final String HEADER = "User-Agent";

    static final String VALUE = "moodhood-kit-java/" + version();

    @Override
    public void apply(RequestTemplate template) {
        template.removeHeader(HEADER);
        template.headerLiteral(HEADER, VALUE);
    }

    /** The artifact's version, from the filtered {@code client.properties}. */
    static String version() {
        try (InputStream in = UserAgent.class.getResourceAsStream("client.properties")) {
            if (in == null) {
                throw new IllegalStateException("client.properties is missing from the client's jar");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read client.properties", e);
        }
    }
}
