package dev.moodhoodkit.server.retention;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What is deleted and how often ({@code moodhood.retention.*}).
 *
 * @param enabled         whether this instance prunes (default true; several instances may)
 * @param interval        the pause between two runs (default 1 hour)
 * @param deliveryLogAge  how long a finished webhook delivery (delivered or failed) stays in the
 *                        log (default 30 days); pending ones are never deleted
 */
@ConfigurationProperties("moodhood.retention")
public record RetentionProperties(Boolean enabled, Duration interval, Duration deliveryLogAge) {

    public RetentionProperties {
        enabled = enabled == null || enabled;
        interval = interval == null ? Duration.ofHours(1) : interval;
        deliveryLogAge = deliveryLogAge == null ? Duration.ofDays(30) : deliveryLogAge;
        if (deliveryLogAge.isNegative() || deliveryLogAge.isZero()) {
            throw new IllegalArgumentException(
                    "moodhood.retention.delivery-log-age must be positive, not " + deliveryLogAge);
        }
    }
}
