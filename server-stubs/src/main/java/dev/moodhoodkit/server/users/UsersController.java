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
    private final UserMapper mapper;

    UsersController(UserService service, UserMapper mapper) {
        this.service = service;
        this.mapper = mapper;
    }

    @Override
    public ResponseEntity<CreatedId> createNewUser(CreateUserRequest request) {
        String id = service.create(CurrentCaller.get(), mapper.newUser(request));
        return Locations.created("/users/" + id, new CreatedId(id));
    }

    @Override
    public ResponseEntity<User> getCurrentUser() {
        return ResponseEntity.ok(mapper.user(service.current(CurrentCaller.user())));
    }

    @Override
    public ResponseEntity<MeetingSettings> getMeetingSettings() {
        return ResponseEntity.ok(mapper.meetingSettings(service.current(CurrentCaller.user())));
    }

    @Override
    public ResponseEntity<MeetingSettings> updateMeetingSettings(MeetingSettings settings) {
        return ResponseEntity.ok(
                mapper.meetingSettings(service.setMeetingRoom(CurrentCaller.user(), mapper.meetingRoom(settings))));
    }
}
