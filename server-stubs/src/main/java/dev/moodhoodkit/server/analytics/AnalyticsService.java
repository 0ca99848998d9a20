package dev.moodhoodkit.server.analytics;

import dev.moodhoodkit.server.auth.Caller;
import dev.moodhoodkit.server.authz.AccessPolicy;
import dev.moodhoodkit.server.common.Page;
import dev.moodhoodkit.server.common.ProblemException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The calls of a space with their counts, and one call's report; for the space's owner and
 * moderators. Durations of what is still going on run to now.
 */
@Service
class AnalyticsService {

    record CallSummary(CallStats.CallRow call, long durationSeconds) {}

    record StaySummary(CallStats.Stay stay, long durationSeconds) {}

    record Report(CallSummary call, List<StaySummary> stays) {}

    private final CallStats stats;
    private final AccessPolicy access;
    private final Clock clock;

    AnalyticsService(CallStats stats, AccessPolicy access, Clock clock) {
        this.stats = stats;
        this.access = access;
        this.clock = clock;
    }

    /** Read in one transaction, so the page and its total agree. */
    @Transactional(readOnly = true)
    Page<CallSummary> calls(Caller caller, String spaceId, String roomId, LocalDate day, int limit, int offset) {
        access.manageableSpace(caller, spaceId);
        Instant now = clock.instant();
        return new Page<>(
                stats.list(spaceId, roomId, day, limit, offset).stream()
                        .map(call -> summary(call, now))
                        .toList(),
                stats.count(spaceId, roomId, day));
    }

    @Transactional(readOnly = true)
    Report report(Caller caller, String spaceId, String roomId, String callId) {
        access.manageableSpace(caller, spaceId);
        CallStats.CallRow call = stats.find(spaceId, roomId, callId)
                .orElseThrow(() -> ProblemException.notFound("call " + callId + " in the room " + roomId));
        Instant now = clock.instant();
        return new Report(
                summary(call, now),
                stats.stays(callId).stream()
                        .map(stay -> new StaySummary(stay, seconds(stay.joinedAt(), stay.leftAt(), now)))
                        .toList());
    }

    private static CallSummary summary(CallStats.CallRow call, Instant now) {
        return new CallSummary(call, seconds(call.startedAt(), call.finishedAt(), now));
    }

    private static long seconds(OffsetDateTime from, OffsetDateTime to, Instant now) {
        Instant end = to == null ? now : to.toInstant();
        return Math.max(0, Duration.between(from.toInstant(), end).toSeconds());
    }
}
