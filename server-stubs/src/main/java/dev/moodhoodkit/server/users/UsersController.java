package dev.moodhoodkit.server.users;

import dev.moodhoodkit.server.api.UsersApi;
import dev.moodhoodkit.server.api.model.CreateUserRequest;
import dev.moodhoodkit.server.api.model.CreatedId;
import dev.moodhoodkit.server.api.model.MeetingSettings;
import dev.moodhoodkit.server.api.model.User;
import dev.moodhoodkit.server.auth.Caller;
import dev.moodhoodkit.server.auth.CurrentCaller;
import dev.moodhoodkit.server.authz.AccessPolicy;
import dev.moodhoodkit.server.common.Locations;
import dev.moodhoodkit.server.common.ProblemException;
import dev.moodhoodkit.server.common.ProblemType;
import java.time.Clock;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** Users, the current user and their default meeting room. */
@RestController
class UsersController implements UsersApi {

    private final UserAccounts users;
    private final AccessPolicy access;
    private final Clock clock;

    UsersController(UserAccounts users, AccessPolicy access, Clock clock) {
        this.users = users;
        this.access = access;
        this.clock = clock;
    }

    /** Client and user tokens may create users (MoodHood's two guides disagree; both work). */
    @Override
    public ResponseEntity<CreatedId> createNewUser(CreateUserRequest request) {
        Caller caller = CurrentCaller.get().requireNotGuest("A guest token cannot create users.");
        if (users.emailTaken(request.getEmail())) {
            throw emailTaken();
        }
        try {
            String id = users.insert(
                    request.getEmail(),
                    request.getUsername(),
                    request.getPassword(),
                    request.getPhone(),
                    caller.clientPk(),
                    Locations.utc(clock.instant()));
            return Locations.created("/users/" + id, new CreatedId(id));
        } catch (DuplicateKeyException raced) {
            throw emailTaken();
        }
    }

    @Override
    public ResponseEntity<User> getCurrentUser() {
        Caller.User caller = CurrentCaller.user();
        UserAccounts.UserAccount account = users.find(caller.userId())
                .orElseThrow(() -> ProblemException.unauthorized("The token's user no longer exists."));
        User user = new User(account.id(), account.email(), account.username(), account.createdAt());
        user.setPhone(account.phone());
        return ResponseEntity.ok(user);
    }

    @Override
    public ResponseEntity<MeetingSettings> getMeetingSettings() {
        Caller.User caller = CurrentCaller.user();
        UserAccounts.UserAccount account = users.find(caller.userId())
                .orElseThrow(() -> ProblemException.unauthorized("The token's user no longer exists."));
        MeetingSettings settings = new MeetingSettings();
        settings.setSpaceId(account.defaultSpaceId());
        settings.setRoomId(account.defaultRoomId());
        return ResponseEntity.ok(settings);
    }

    @Override
    public ResponseEntity<MeetingSettings> updateMeetingSettings(MeetingSettings settings) {
        Caller.User caller = CurrentCaller.user();
        if ((settings.getSpaceId() == null) != (settings.getRoomId() == null)) {
            throw ProblemException.invalidField(
                    settings.getSpaceId() == null ? "spaceId" : "roomId",
                    "spaceId and roomId go together: give both, or neither to clear the setting");
        }
        if (settings.getSpaceId() != null) {
            access.room(caller, settings.getSpaceId(), settings.getRoomId());
        }
        users.setMeetingRoom(caller.userId(), settings.getSpaceId(), settings.getRoomId());
        return ResponseEntity.ok(settings);
    }

    private static ProblemException emailTaken() {
        return ProblemException.conflict(ProblemType.EMAIL_TAKEN, "A user with this email exists already.");
    }
}
