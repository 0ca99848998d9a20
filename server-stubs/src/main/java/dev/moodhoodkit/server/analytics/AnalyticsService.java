package dev.moodhoodkit.server.analytics;

import dev.moodhoodkit.server.auth.Caller;
import dev.moodhoodkit.server.authz.AccessPolicy;
import dev.moodhoodkit.server.common.ProblemException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The calls of a space with their counts, and one call's report; for the space's owner and moderators. */
@Service
class AnalyticsService {

    record Page(List<CallStats.CallRow> items, long total, Instant now) {}

    record Report(CallStats.CallRow call, List<CallStats.Stay> stays, Instant now) {}

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
    Page calls(Caller caller, String spaceId, String roomId, LocalDate day, int limit, int offset) {
        access.manageableSpace(caller, spaceId);
        return new Page(
                stats.list(spaceId, roomId, day, limit, offset), stats.count(spaceId, roomId, day), clock.instant());
    }

    @Transactional(readOnly = true)
    Report report(Caller caller, String spaceId, String roomId, String callId) {
        access.manageableSpace(caller, spaceId);
        CallStats.CallRow call = stats.find(spaceId, roomId, callId)
                .orElseThrow(() -> ProblemException.notFound("call " + callId + " in the room " + roomId));
        return new Report(call, stats.stays(callId), clock.instant());
    }
}
