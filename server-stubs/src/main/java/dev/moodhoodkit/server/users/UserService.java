package dev.moodhoodkit.server.users;

import dev.moodhoodkit.server.auth.Caller;
import dev.moodhoodkit.server.authz.AccessPolicy;
import dev.moodhoodkit.server.common.ProblemException;
import dev.moodhoodkit.server.common.ProblemType;
import java.time.Clock;
import java.time.ZoneOffset;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/** Users: creating them, the current user, and their default meeting room. */
@Service
class UserService {

    /** A user to create, as asked. */
    record NewUser(String email, String username, String password, String phone) {}

    /** A user's default meeting room; both null when none is set. */
    record MeetingRoom(String spaceId, String roomId) {}

    private final UserAccounts users;
    private final AccessPolicy access;
    private final Clock clock;

    UserService(UserAccounts users, AccessPolicy access, Clock clock) {
        this.users = users;
        this.access = access;
        this.clock = clock;
    }

    /** Client and user tokens may create users (MoodHood's two guides disagree; both work). */
    String create(Caller caller, NewUser user) {
        caller.requireNotGuest("A guest token cannot create users.");
        if (users.emailTaken(user.email())) {
            throw emailTaken();
        }
        try {
            return users.insert(
                    user.email(),
                    user.username(),
                    user.password(),
                    user.phone(),
                    caller.clientPk(),
                    clock.instant().atOffset(ZoneOffset.UTC));
        } catch (DuplicateKeyException raced) {
            throw emailTaken();
        }
    }

    UserAccounts.UserAccount current(Caller.User caller) {
        return users.find(caller.userId())
                .orElseThrow(() -> ProblemException.unauthorized("The token's user no longer exists."));
    }

    /** Sets (or with both null clears) the caller's default meeting room, which it must be able to enter. */
    MeetingRoom setMeetingRoom(Caller.User caller, MeetingRoom room) {
        if ((room.spaceId() == null) != (room.roomId() == null)) {
            throw ProblemException.invalidField(
                    room.spaceId() == null ? "spaceId" : "roomId",
                    "spaceId and roomId go together: give both, or neither to clear the setting");
        }
        if (room.spaceId() != null) {
            access.room(caller, room.spaceId(), room.roomId());
        }
        users.setMeetingRoom(caller.userId(), room.spaceId(), room.roomId());
        return room;
    }

    private static ProblemException emailTaken() {
        return ProblemException.conflict(ProblemType.EMAIL_TAKEN, "A user with this email exists already.");
    }
}
