package dev.moodhoodkit.server.testing;

import dev.moodhoodkit.testsupport.MutableClock;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The server's clock in tests: a {@link MutableClock} that every bean asking for a
 * {@code java.time.Clock} gets instead of the system clock (it is the primary one), so a test
 * moves time by advancing it. Part of every {@link ApiTest} context.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestClock {

    @Bean
    @Primary
    MutableClock movableClock() {
        return MutableClock.ticking();
    }
}
