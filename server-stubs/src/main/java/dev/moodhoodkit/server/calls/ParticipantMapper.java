package dev.moodhoodkit.server.calls;

import dev.moodhoodkit.server.api.model.CreateParticipantRequest;
import dev.moodhoodkit.server.api.model.RoomPresence;
import dev.moodhoodkit.server.common.WireMapping;
import org.mapstruct.Mapper;

/** The participants feature's domain records to and from the generated models. */
@Mapper(config = WireMapping.class)
interface ParticipantMapper {

    ParticipantService.NewParticipant newParticipant(CreateParticipantRequest request);

    RoomPresence presence(ParticipantService.Presence presence);
}
