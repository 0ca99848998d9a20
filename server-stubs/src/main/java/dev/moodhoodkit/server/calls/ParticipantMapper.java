package dev.moodhoodkit.server.calls;

import dev.moodhoodkit.server.api.model.CreateParticipantRequest;
import dev.moodhoodkit.server.api.model.RoomPresence;
import dev.moodhoodkit.server.api.model.SignalingToken;

/** Participant domain types to and from the spec's models. */
final class ParticipantMapper {

    private ParticipantMapper() {}

    static ParticipantService.NewParticipant fromApi(CreateParticipantRequest request) {
        return new ParticipantService.NewParticipant(
                request.getRoomId(),
                request.getName(),
                request.getRole() == null ? null : request.getRole().getValue(),
                request.getClientUniqueId());
    }

    static RoomPresence toApi(ParticipantService.Presence presence) {
        return new RoomPresence(presence.participantId(), presence.roomId(), presence.callId(), presence.joinedAt());
    }

    static SignalingToken signalingToken(String token) {
        return new SignalingToken(token);
    }
}
