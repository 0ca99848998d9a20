package dev.moodhoodkit.server.analytics;

import dev.moodhoodkit.server.api.model.Call;
import dev.moodhoodkit.server.api.model.CallList;
import dev.moodhoodkit.server.api.model.CallParticipation;
import dev.moodhoodkit.server.api.model.CallReport;
import dev.moodhoodkit.server.common.Page;
import dev.moodhoodkit.server.common.WireMapping;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Call statistics to the generated models. The reference server has no breakout rooms. */
@Mapper(config = WireMapping.class)
interface AnalyticsMapper {

    CallList list(Page<AnalyticsService.CallSummary> page);

    @Mapping(target = "participants", source = "stays")
    CallReport report(AnalyticsService.Report report);

    @Mapping(target = ".", source = "call")
    @Mapping(target = "active", expression = "java(summary.call().finishedAt() == null)")
    @Mapping(target = "isBreakoutRoom", constant = "false")
    @Mapping(target = "planAlias", ignore = true) // MoodHood's plans; the reference server has none
    Call call(AnalyticsService.CallSummary summary);

    @Mapping(target = ".", source = "stay")
    CallParticipation participation(AnalyticsService.StaySummary summary);
}
