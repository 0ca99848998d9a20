package dev.moodhoodkit.server.records;

import dev.moodhoodkit.server.api.model.Record;
import dev.moodhoodkit.server.api.model.RecordList;
import dev.moodhoodkit.server.api.model.RecordState;

/** Record domain types to the spec's models. */
final class RecordMapper {

    private RecordMapper() {}

    static Record toApi(Records.RecordRow row) {
        Record record = new Record(
                row.id(),
                row.name(),
                row.fileSize(),
                row.roomId(),
                row.spaceId(),
                row.callId(),
                RecordState.fromValue(row.state()),
                row.createdAt());
        record.setStartedAt(row.startedAt());
        record.setFinishedAt(row.finishedAt());
        return record;
    }

    static RecordList toApi(RecordService.Page page) {
        return new RecordList(page.items().stream().map(RecordMapper::toApi).toList(), (int) page.total());
    }
}
