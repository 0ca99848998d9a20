package dev.moodhoodkit.server.rooms;

import dev.moodhoodkit.server.api.model.CreateRoomRequest;
import dev.moodhoodkit.server.api.model.CreatedRoom;
import dev.moodhoodkit.server.api.model.Room;
import dev.moodhoodkit.server.api.model.RoomList;
import dev.moodhoodkit.server.api.model.UpdateRoomRequest;
import dev.moodhoodkit.server.common.Page;
import dev.moodhoodkit.server.common.WireMapping;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/**
 * The rooms feature's domain records to and from the generated models. A create and an update
 * carry the same optional settings (the update's name is optional too), so both map the same way.
 */
@Mapper(config = WireMapping.class)
interface RoomMapper {

    @Mapping(target = "settings", source = ".")
    RoomSettings.Changes changes(CreateRoomRequest request);

    @Mapping(target = "settings", source = ".")
    RoomSettings.Changes changes(UpdateRoomRequest request);

    RoomSettings settings(CreateRoomRequest request);

    RoomSettings settings(UpdateRoomRequest request);

    CreatedRoom created(RoomDetails room);

    @Mapping(target = ".", source = "room")
    @Mapping(target = ".", source = "room.settings")
    @Mapping(target = "roleInRoom", source = "roleOfCaller")
    // MoodHood's 2024 room fields, which the reference server does not have
    @Mapping(target = "appId", ignore = true)
    @Mapping(target = "isFavorite", ignore = true)
    @Mapping(target = "breakoutRooms", ignore = true)
    @Mapping(target = "joinSettings", ignore = true)
    Room room(RoomDetails.Seen seen);

    RoomList list(Page<RoomDetails.Seen> page);
}
