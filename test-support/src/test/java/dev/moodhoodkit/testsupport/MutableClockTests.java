package dev.moodhoodkit.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MutableClockTests {

    private static final Instant START = Instant.parse("2026-11-20T09:00:00Z");

    @Test
    void aFixedClockStandsStillUntilMoved() {
        MutableClock clock = MutableClock.fixedAt(START);

        assertThat(clock.instant()).isEqualTo(START);
        clock.advance(Duration.ofDays(8));
        assertThat(clock.instant()).isEqualTo(START.plus(Duration.ofDays(8)));
    }

    @Test
    void aTickingClockFollowsTheSystemClockPlusWhatTheTestAdded() {
        MutableClock clock = MutableClock.ticking();
        Instant before = Instant.now();

        clock.advance(Duration.ofHours(2));

        assertThat(clock.instant())
                .isBetween(before.plus(Duration.ofHours(2)), Instant.now().plus(Duration.ofHours(2)));
    }

    @Test
    void resetUndoesEveryMove() {
        MutableClock clock = MutableClock.fixedAt(START);
        clock.advance(Duration.ofMinutes(5));
        clock.advance(Duration.ofMinutes(-1));

        clock.reset();

        assertThat(clock.instant()).isEqualTo(START);
        assertThat(clock.millis()).isEqualTo(START.toEpochMilli());
    }
}
