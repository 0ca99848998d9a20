package dev.moodhoodkit.server.embed;

import java.util.List;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Embedding settings ({@code moodhood.embed.*}).
 *
 * @param allowedOrigins the sites that may show the room page in a frame: the sources of its
 *                       {@code Content-Security-Policy: frame-ancestors}. Each is {@code 'self'},
 *                       {@code 'none'}, a scheme ({@code https:}) or an origin, whose host may
 *                       start with {@code *.} and whose port may be {@code *}
 *                       ({@code https://*.example.com}, {@code http://localhost:*}). Default
 *                       {@code 'self'}; application.yaml adds the loopback origins for the
 *                       embedded setup. A wrong entry stops the server at start, naming it,
 *                       rather than serving a policy that browsers would read differently.
 */
@ConfigurationProperties("moodhood.embed")
record EmbedProperties(List<String> allowedOrigins) {

    /** CSP 3 source expressions for frame-ancestors; nothing that could end the directive or add one. */
    private static final Pattern SOURCE = Pattern.compile(
            "'self'|'none'|\\*|[a-z][a-z0-9+.-]*:|[a-z][a-z0-9+.-]*://(\\*\\.)?[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*(:(\\d{1,5}|\\*))?");

    EmbedProperties {
        allowedOrigins = allowedOrigins == null || allowedOrigins.isEmpty()
                ? List.of("'self'")
                : allowedOrigins.stream().map(String::strip).toList();
        for (String origin : allowedOrigins) {
            if (!SOURCE.matcher(origin).matches()) {
                throw new IllegalArgumentException("moodhood.embed.allowed-origins: \"" + origin
                        + "\" is not an origin (https://shop.example.com, https://*.example.com, http://localhost:*), "
                        + "a scheme (https:), 'self' or 'none'");
            }
        }
        if (allowedOrigins.contains("'none'") && allowedOrigins.size() > 1) {
            throw new IllegalArgumentException("moodhood.embed.allowed-origins: 'none' must stand alone");
        }
    }

    /** The header's directive: {@code frame-ancestors 'self' https://shop.example.com}. */
    String frameAncestors() {
        return "frame-ancestors " + String.join(" ", allowedOrigins);
    }
}
