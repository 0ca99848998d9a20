package dev.moodhoodkit.server.users;

import dev.moodhoodkit.server.auth.Caller;
import dev.moodhoodkit.server.authz.AccessPolicy;
import dev.moodhoodkit.server.common.Locations;
import dev.moodhoodkit.server.common.ProblemException;
import dev.moodhoodkit.server.common.ProblemType;
import java.time.Clock;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/** Creating users, reading the caller's account, and its default meeting room. */
@Service
class UserService {

    /** A user to create, as asked. */
    record NewUser(String email, String username, String password, String phone) {}

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
                    Locations.utc(clock.instant()));
        } catch (DuplicateKeyException raced) {
            throw emailTaken();
        }
    }

    UserAccounts.UserAccount account(Caller.User caller) {
        return users.find(caller.userId())
                .orElseThrow(() -> ProblemException.unauthorized("The token's user no longer exists."));
    }

    /** Sets (or with two nulls clears) the caller's default meeting room, a room it may enter. */
    void setMeetingRoom(Caller.User caller, String spaceId, String roomId) {
        if ((spaceId == null) != (roomId == null)) {
            throw ProblemException.invalidField(
                    spaceId == null ? "spaceId" : "roomId",
                    "spaceId and roomId go together: give both, or neither to clear the setting");
        }
        if (spaceId != null) {
            access.room(caller, spaceId, roomId);
        }
        users.setMeetingRoom(caller.userId(), spaceId, roomId);
    }

    private static ProblemException emailTaken() {
        return ProblemException.conflict(ProblemType.EMAIL_TAKEN, "A user with this email exists already.");
    }
}
