package dev.moodhoodkit.server.calls;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Call settings ({@code moodhood.calls.*}).
 *
 * @param idleTimeout       a call in which nobody has joined or left for this long is finished
 *                          (default 12 h): participants that vanished without leaving do not
 *                          keep it open forever. The API has no heartbeat, so a long quiet call
 *                          counts as idle too: keep this longer than your longest meetings.
 * @param idleCheckInterval how often the server looks for idle calls (default 1 min)
 */
@ConfigurationProperties("moodhood.calls")
public record CallProperties(Duration idleTimeout, Duration idleCheckInterval) {

    public CallProperties {
        idleTimeout = positive("idle-timeout", idleTimeout, Duration.ofHours(12));
        idleCheckInterval = positive("idle-check-interval", idleCheckInterval, Duration.ofMinutes(1));
    }

    private static Duration positive(String name, Duration value, Duration fallback) {
        if (value == null) {
            return fallback;
        }
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("moodhood.calls." + name + " must be positive, not " + value);
        }
        return value;
    }
}
