package dev.moodhoodkit.server.calls;

import dev.moodhoodkit.server.api.ParticipantsApi;
import dev.moodhoodkit.server.api.model.CreateParticipantRequest;
import dev.moodhoodkit.server.api.model.CreatedId;
import dev.moodhoodkit.server.api.model.ParticipantRef;
import dev.moodhoodkit.server.api.model.RoomPresence;
import dev.moodhoodkit.server.api.model.SignalingToken;
import dev.moodhoodkit.server.auth.CurrentCaller;
import dev.moodhoodkit.server.common.Locations;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** Participants of a room's call: register, get a signaling token, join, leave. */
@RestController
class ParticipantsController implements ParticipantsApi {

    private final ParticipantService service;
    private final ParticipantMapper mapper;

    ParticipantsController(ParticipantService service, ParticipantMapper mapper) {
        this.service = service;
        this.mapper = mapper;
    }

    @Override
    public ResponseEntity<CreatedId> createParticipant(String spaceId, CreateParticipantRequest request) {
        String id = service.create(CurrentCaller.get(), spaceId, mapper.newParticipant(request));
        return Locations.created("/spaces/" + spaceId + "/participants/" + id, new CreatedId(id));
    }

    @Override
    public ResponseEntity<SignalingToken> createSignalingToken(String spaceId, String participantId) {
        String token = service.signalingToken(CurrentCaller.get(), spaceId, participantId);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(new SignalingToken(token));
    }

    @Override
    public ResponseEntity<RoomPresence> joinRoom(String spaceId, String roomId, ParticipantRef ref) {
        return ResponseEntity.ok(
                mapper.presence(service.join(CurrentCaller.get(), spaceId, roomId, ref.getParticipantId())));
    }

    @Override
    public ResponseEntity<Void> leaveRoom(String spaceId, String roomId, ParticipantRef ref) {
        service.leave(CurrentCaller.get(), spaceId, roomId, ref.getParticipantId());
        return ResponseEntity.noContent().build();
    }
}
