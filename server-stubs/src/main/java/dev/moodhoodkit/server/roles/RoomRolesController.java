package dev.moodhoodkit.server.roles;

import dev.moodhoodkit.server.api.RoomRolesApi;
import dev.moodhoodkit.server.api.model.GrantRoomRoleRequest;
import dev.moodhoodkit.server.api.model.RoomRole;
import dev.moodhoodkit.server.auth.CurrentCaller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** Granting roles in a room. */
@RestController
class RoomRolesController implements RoomRolesApi {

    private final RoomRoleService service;
    private final RoomRoleMapper mapper;

    RoomRolesController(RoomRoleService service, RoomRoleMapper mapper) {
        this.service = service;
        this.mapper = mapper;
    }

    @Override
    public ResponseEntity<RoomRole> grantRoleToUserAtRoom(String spaceId, String roomId, GrantRoomRoleRequest request) {
        return ResponseEntity.ok(
                mapper.roomRole(service.grant(CurrentCaller.get(), spaceId, roomId, mapper.grant(request))));
    }
}
