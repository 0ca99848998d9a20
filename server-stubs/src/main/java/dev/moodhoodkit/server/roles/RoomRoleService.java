package dev.moodhoodkit.server.roles;

import dev.moodhoodkit.server.auth.Caller;
import dev.moodhoodkit.server.authz.AccessPolicy;
import dev.moodhoodkit.server.common.ProblemException;
import dev.moodhoodkit.server.users.UserAccounts;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Room roles: the room's owner and moderators grant them. */
@Service
class RoomRoleService {

    /** A granted role. */
    record Grant(String spaceId, String roomId, String userId, String role) {}

    private final RoomRoles roles;
    private final UserAccounts users;
    private final AccessPolicy access;
    private final Clock clock;

    RoomRoleService(RoomRoles roles, UserAccounts users, AccessPolicy access, Clock clock) {
        this.roles = roles;
        this.users = users;
        this.access = access;
        this.clock = clock;
    }

    @Transactional
    Grant grant(Caller caller, String spaceId, String roomId, String targetUserId, String role) {
        AccessPolicy.RoomAccess room = access.moderatedRoom(caller, spaceId, roomId);
        if (!users.exists(targetUserId)) {
            throw ProblemException.notFound("user", targetUserId);
        }
        if (targetUserId.equals(room.ownerId())) {
            throw ProblemException.conflict(
                    "room-owner-role",
                    "Room owner's role",
                    "The room's owner keeps role_room_owner; it cannot be replaced.");
        }
        roles.grant(roomId, targetUserId, role, clock.instant());
        return new Grant(spaceId, roomId, targetUserId, role);
    }
}
