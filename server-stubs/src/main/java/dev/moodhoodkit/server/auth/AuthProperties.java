package dev.moodhoodkit.server.auth;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Token settings ({@code moodhood.auth.*}). Defaults are deliberately short for access tokens
 * and longer for refresh tokens; MoodHood's own lived 7 and 21-30 days.
 *
 * @param accessTokenTtl  how long an access token works (default 15 minutes)
 * @param refreshTokenTtl how long a refresh token works (default 14 days)
 * @param jwtSecret       the HS256 key, base64, at least 32 bytes; when absent a key is
 *                        generated on first start and kept in the database
 */
@ConfigurationProperties("moodhood.auth")
public record AuthProperties(Duration accessTokenTtl, Duration refreshTokenTtl, String jwtSecret) {

    public AuthProperties {
        accessTokenTtl = accessTokenTtl == null ? Duration.ofMinutes(15) : accessTokenTtl;
        refreshTokenTtl = refreshTokenTtl == null ? Duration.ofDays(14) : refreshTokenTtl;
    }
}
