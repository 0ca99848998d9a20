package dev.moodhoodkit.server.roles;

import dev.moodhoodkit.server.api.model.GrantRoomRoleRequest;
import dev.moodhoodkit.server.api.model.RoomRoleName;
import dev.moodhoodkit.server.authz.RoomRole;
import dev.moodhoodkit.server.common.WireMapping;
import org.mapstruct.Mapper;
import org.mapstruct.MappingConstants;
import org.mapstruct.ValueMapping;

/** The roles feature's domain records to and from the generated models. */
@Mapper(config = WireMapping.class)
interface RoomRoleMapper {

    RoomRoleService.Grant grant(GrantRoomRoleRequest request);

    dev.moodhoodkit.server.api.model.RoomRole roomRole(RoomRoleService.Granted granted);

    /** A grant gives moderator or user; the owner's role is the room's owner, never granted. */
    @ValueMapping(source = "ROLE_ROOM_OWNER", target = MappingConstants.THROW_EXCEPTION)
    RoomRoleName name(RoomRole role);
}
