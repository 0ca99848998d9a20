package dev.moodhoodkit.server.access;

import dev.moodhoodkit.server.api.RoomGenerateAccessApi;
import dev.moodhoodkit.server.api.model.GenerateAccessRequest;
import dev.moodhoodkit.server.api.model.GeneratedAccess;
import dev.moodhoodkit.server.auth.CurrentCaller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** Guest links into a room. */
@RestController
class RoomGenerateAccessController implements RoomGenerateAccessApi {

    private final GuestAccessService service;
    private final GuestAccessMapper mapper;

    RoomGenerateAccessController(GuestAccessService service, GuestAccessMapper mapper) {
        this.service = service;
        this.mapper = mapper;
    }

    @Override
    public ResponseEntity<GeneratedAccess> roomGenerateAccess(
            String spaceId, String roomId, GenerateAccessRequest request) {
        return ResponseEntity.ok(mapper.generatedAccess(
                service.generate(CurrentCaller.get(), spaceId, roomId, mapper.request(request))));
    }
}
