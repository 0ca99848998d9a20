package dev.moodhoodkit.server.users;

import dev.moodhoodkit.server.api.UsersApi;
import dev.moodhoodkit.server.api.model.CreateUserRequest;
import dev.moodhoodkit.server.api.model.CreatedId;
import dev.moodhoodkit.server.api.model.MeetingSettings;
import dev.moodhoodkit.server.api.model.User;
import dev.moodhoodkit.server.auth.CurrentCaller;
import dev.moodhoodkit.server.common.Locations;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** Users, the current user and their default meeting room. */
@RestController
class UsersController implements UsersApi {

    private final UserService service;

    UsersController(UserService service) {
        this.service = service;
    }

    @Override
    public ResponseEntity<CreatedId> createNewUser(CreateUserRequest request) {
        String id = service.create(
                CurrentCaller.get(),
                new UserService.NewUser(
                        request.getEmail(), request.getUsername(), request.getPassword(), request.getPhone()));
        return Locations.created("/users/" + id, new CreatedId(id));
    }

    @Override
    public ResponseEntity<User> getCurrentUser() {
        UserAccounts.UserAccount account = service.account(CurrentCaller.user());
        User user = new User(account.id(), account.email(), account.username(), account.createdAt());
        user.setPhone(account.phone());
        return ResponseEntity.ok(user);
    }

    @Override
    public ResponseEntity<MeetingSettings> getMeetingSettings() {
        UserAccounts.UserAccount account = service.account(CurrentCaller.user());
        MeetingSettings settings = new MeetingSettings();
        settings.setSpaceId(account.defaultSpaceId());
        settings.setRoomId(account.defaultRoomId());
        return ResponseEntity.ok(settings);
    }

    @Override
    public ResponseEntity<MeetingSettings> updateMeetingSettings(MeetingSettings settings) {
        service.setMeetingRoom(CurrentCaller.user(), settings.getSpaceId(), settings.getRoomId());
        return ResponseEntity.ok(settings);
    }
}
