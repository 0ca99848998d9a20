package dev.moodhoodkit.server.roles;

import dev.moodhoodkit.server.api.model.RoomRole;
import dev.moodhoodkit.server.api.model.RoomRoleName;

/** Converts the roles feature's domain records to the generated models. */
final class RoomRoleMapper {

    private RoomRoleMapper() {}

    static RoomRole roomRole(RoomRoleService.Grant grant) {
        return new RoomRole(grant.spaceId(), grant.roomId(), grant.userId(), RoomRoleName.fromValue(grant.role()));
    }
}
