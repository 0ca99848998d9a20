package dev.moodhoodkit.server.analytics;

import dev.moodhoodkit.server.api.model.Call;
import dev.moodhoodkit.server.api.model.CallList;
import dev.moodhoodkit.server.api.model.CallParticipation;
import dev.moodhoodkit.server.api.model.CallReport;
import dev.moodhoodkit.server.api.model.ParticipantRole;
import dev.moodhoodkit.server.api.model.RoomType;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Call statistics to the spec's models; durations of what is still going on run to now. */
final class AnalyticsMapper {

    private AnalyticsMapper() {}

    static CallList toApi(AnalyticsService.Page page) {
        return new CallList(
                        page.items().stream().map(row -> toApi(row, page.now())).toList())
                .total((int) page.total());
    }

    static CallReport toApi(AnalyticsService.Report report) {
        return new CallReport(
                toApi(report.call(), report.now()),
                report.stays().stream().map(stay -> toApi(stay, report.now())).toList());
    }

    static Call toApi(CallStats.CallRow row, Instant now) {
        Call call = new Call(
                row.id(),
                row.finishedAt() == null,
                row.roomId(),
                RoomType.fromValue(row.roomType()),
                false,
                row.inCallNow(),
                row.joins(),
                row.distinctParticipants(),
                row.startedAt());
        call.setFinishedAt(row.finishedAt());
        call.setDurationSeconds(seconds(row.startedAt(), row.finishedAt(), now));
        return call;
    }

    static CallParticipation toApi(CallStats.Stay stay, Instant now) {
        CallParticipation participation = new CallParticipation(
                stay.participantId(), stay.name(), ParticipantRole.fromValue(stay.role()), stay.joinedAt());
        participation.setUserId(stay.userId());
        participation.setLeftAt(stay.leftAt());
        participation.setDurationSeconds(seconds(stay.joinedAt(), stay.leftAt(), now));
        return participation;
    }

    private static long seconds(OffsetDateTime from, OffsetDateTime to, Instant now) {
        Instant end = to == null ? now : to.toInstant();
        return Math.max(0, Duration.between(from.toInstant(), end).toSeconds());
    }
}
