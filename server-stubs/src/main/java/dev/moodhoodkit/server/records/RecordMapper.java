package dev.moodhoodkit.server.records;

import dev.moodhoodkit.server.api.model.Record;
import dev.moodhoodkit.server.api.model.RecordList;
import dev.moodhoodkit.server.common.Page;
import dev.moodhoodkit.server.common.WireMapping;
import org.mapstruct.Mapper;

/** The records feature's domain records to the generated models. */
@Mapper(config = WireMapping.class)
interface RecordMapper {

    Record record(Records.RecordRow row);

    RecordList list(Page<Records.RecordRow> page);
}
