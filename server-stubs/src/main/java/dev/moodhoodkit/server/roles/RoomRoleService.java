package dev.moodhoodkit.server.roles;

import dev.moodhoodkit.server.auth.Caller;
import dev.moodhoodkit.server.authz.AccessPolicy;
import dev.moodhoodkit.server.authz.RoomRole;
import dev.moodhoodkit.server.common.ProblemException;
import dev.moodhoodkit.server.common.ProblemType;
import dev.moodhoodkit.server.users.UserAccounts;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Room roles: the room's owner and moderators grant them. */
@Service
class RoomRoleService {

    /** The role to give a user. */
    record Grant(String targetUserId, RoomRole role) {}

    /** A granted role. */
    record Granted(String spaceId, String roomId, String userId, RoomRole role) {}

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
    Granted grant(Caller caller, String spaceId, String roomId, Grant grant) {
        String targetUserId = grant.targetUserId();
        AccessPolicy.RoomAccess room = access.moderatedRoom(caller, spaceId, roomId);
        if (!users.exists(targetUserId)) {
            throw ProblemException.notFound("user", targetUserId);
        }
        if (targetUserId.equals(room.ownerId())) {
            throw ProblemException.conflict(
                    ProblemType.ROOM_OWNER_ROLE, "The room's owner keeps role_room_owner; it cannot be replaced.");
        }
        roles.grant(roomId, targetUserId, grant.role(), clock.instant());
        return new Granted(spaceId, roomId, targetUserId, grant.role());
    }
}
