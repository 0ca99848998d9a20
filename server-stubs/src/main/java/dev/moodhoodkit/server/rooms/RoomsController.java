package dev.moodhoodkit.server.rooms;

import dev.moodhoodkit.server.api.SpaceRoomsApi;
import dev.moodhoodkit.server.api.model.CreateRoomRequest;
import dev.moodhoodkit.server.api.model.CreatedRoom;
import dev.moodhoodkit.server.api.model.Room;
import dev.moodhoodkit.server.api.model.RoomList;
import dev.moodhoodkit.server.api.model.UpdateRoomRequest;
import dev.moodhoodkit.server.auth.CurrentCaller;
import dev.moodhoodkit.server.common.Locations;
import dev.moodhoodkit.server.common.Paging;
import dev.moodhoodkit.server.common.SentFields;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** The rooms of a space: create, list, get, update, delete. */
@RestController
class RoomsController implements SpaceRoomsApi {

    private final RoomService service;
    private final RoomMapper mapper;

    RoomsController(RoomService service, RoomMapper mapper) {
        this.service = service;
        this.mapper = mapper;
    }

    @Override
    public ResponseEntity<CreatedRoom> createRoom(String spaceId, CreateRoomRequest request) {
        RoomDetails room = service.create(CurrentCaller.get(), spaceId, mapper.changes(request));
        return Locations.created("/spaces/" + spaceId + "/rooms/" + room.id(), mapper.created(room));
    }

    @Override
    public ResponseEntity<RoomList> listRooms(String spaceId, Integer limit, Integer offset) {
        return ResponseEntity.ok(mapper.list(service.list(CurrentCaller.get(), spaceId, Paging.of(limit, offset))));
    }

    @Override
    public ResponseEntity<Room> getRoom(String spaceId, String roomId) {
        return ResponseEntity.ok(mapper.room(service.get(CurrentCaller.get(), spaceId, roomId)));
    }

    @Override
    public ResponseEntity<Room> updateRoom(String spaceId, String roomId, UpdateRoomRequest request) {
        return ResponseEntity.ok(mapper.room(
                service.update(CurrentCaller.get(), spaceId, roomId, mapper.changes(request), SentFields.current())));
    }

    @Override
    public ResponseEntity<Void> deleteRoom(String spaceId, String roomId) {
        service.delete(CurrentCaller.get(), spaceId, roomId);
        return ResponseEntity.noContent().build();
    }
}
