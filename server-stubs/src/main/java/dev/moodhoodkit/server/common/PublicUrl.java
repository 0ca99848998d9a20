package dev.moodhoodkit.server.common;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The address at which people reach this server's pages (the room page of guest links),
 * {@code moodhood.public-url}. Read at each use rather than once at start, so that its default,
 * which names the port actually bound ({@code local.server.port}), works with
 * {@code --server.port=0} and random test ports too.
 */
@Component
public class PublicUrl {

    private final Environment environment;

    PublicUrl(Environment environment) {
        this.environment = environment;
    }

    /** The base URL without a trailing slash, e.g. {@code https://meet.example.com}. */
    public String base() {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        String url = environment.getProperty("moodhood.public-url", "http://localhost:" + port);
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
