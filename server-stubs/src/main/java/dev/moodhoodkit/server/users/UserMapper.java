package dev.moodhoodkit.server.users;

import dev.moodhoodkit.server.api.model.CreateUserRequest;
import dev.moodhoodkit.server.api.model.MeetingSettings;
import dev.moodhoodkit.server.api.model.User;
import dev.moodhoodkit.server.common.WireMapping;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** The users feature's domain records to and from the generated models. */
@Mapper(config = WireMapping.class)
interface UserMapper {

    UserService.NewUser newUser(CreateUserRequest request);

    User user(UserAccounts.UserAccount account);

    @Mapping(target = "spaceId", source = "defaultSpaceId")
    @Mapping(target = "roomId", source = "defaultRoomId")
    MeetingSettings meetingSettings(UserAccounts.UserAccount account);

    UserService.MeetingRoom meetingRoom(MeetingSettings settings);

    MeetingSettings meetingSettings(UserService.MeetingRoom room);
}
