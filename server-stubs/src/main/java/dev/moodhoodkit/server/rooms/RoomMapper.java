package dev.moodhoodkit.server.rooms;

import dev.moodhoodkit.server.api.model.CreateRoomRequest;
import dev.moodhoodkit.server.api.model.CreatedRoom;
import dev.moodhoodkit.server.api.model.Room;
import dev.moodhoodkit.server.api.model.RoomList;
import dev.moodhoodkit.server.api.model.RoomRoleOfCaller;
import dev.moodhoodkit.server.api.model.RoomType;
import dev.moodhoodkit.server.api.model.UpdateRoomRequest;
import dev.moodhoodkit.server.api.model.WaitingRoomAudience;
import dev.moodhoodkit.server.common.Locations;
import java.net.URI;

/** Converts between the rooms feature's domain records and the generated models. */
final class RoomMapper {

    private RoomMapper() {}

    static RoomSettings.Changes changes(CreateRoomRequest r) {
        return new RoomSettings.Changes(
                r.getName(),
                value(r.getType()),
                r.getIsPublic(),
                r.getIsScreensharingAllowed(),
                r.getIsChatAllowed(),
                r.getIsRecordAllowed(),
                r.getIsAutoRecordingAllowed(),
                r.getIsMicrophonePublishingAllowed(),
                r.getIsCameraPublishingAllowed(),
                r.getIsScreenMediaPublishingAllowed(),
                r.getIsAvatarsAllowed(),
                r.getIsSelfRenamingAllowed(),
                r.getIsHandRaisingAllowed(),
                r.getIsRemoteDrawingAllowed(),
                r.getWaitingRoomAudience() == null
                        ? null
                        : r.getWaitingRoomAudience().getValue(),
                text(r.getRedirectUrl()));
    }

    static RoomSettings.Changes changes(UpdateRoomRequest r) {
        return new RoomSettings.Changes(
                r.getName(),
                value(r.getType()),
                r.getIsPublic(),
                r.getIsScreensharingAllowed(),
                r.getIsChatAllowed(),
                r.getIsRecordAllowed(),
                r.getIsAutoRecordingAllowed(),
                r.getIsMicrophonePublishingAllowed(),
                r.getIsCameraPublishingAllowed(),
                r.getIsScreenMediaPublishingAllowed(),
                r.getIsAvatarsAllowed(),
                r.getIsSelfRenamingAllowed(),
                r.getIsHandRaisingAllowed(),
                r.getIsRemoteDrawingAllowed(),
                r.getWaitingRoomAudience() == null
                        ? null
                        : r.getWaitingRoomAudience().getValue(),
                text(r.getRedirectUrl()));
    }

    static CreatedRoom created(RoomDetails room) {
        return new CreatedRoom(room.id(), room.alias(), room.channelId());
    }

    static Room room(RoomDetails.Seen seen) {
        RoomDetails room = seen.room();
        RoomSettings s = room.settings();
        Room model = new Room(
                RoomType.fromValue(s.type()),
                s.isPublic(),
                room.id(),
                room.spaceId(),
                room.alias(),
                room.channelId(),
                room.name(),
                Locations.utc(room.createdAt()));
        model.setIsScreensharingAllowed(s.screensharingAllowed());
        model.setIsChatAllowed(s.chatAllowed());
        model.setIsRecordAllowed(s.recordAllowed());
        model.setIsAutoRecordingAllowed(s.autoRecordingAllowed());
        model.setIsMicrophonePublishingAllowed(s.microphonePublishingAllowed());
        model.setIsCameraPublishingAllowed(s.cameraPublishingAllowed());
        model.setIsScreenMediaPublishingAllowed(s.screenMediaPublishingAllowed());
        model.setIsAvatarsAllowed(s.avatarsAllowed());
        model.setIsSelfRenamingAllowed(s.selfRenamingAllowed());
        model.setIsHandRaisingAllowed(s.handRaisingAllowed());
        model.setIsRemoteDrawingAllowed(s.remoteDrawingAllowed());
        model.setWaitingRoomAudience(WaitingRoomAudience.fromValue(s.waitingRoomAudience()));
        model.setRedirectUrl(s.redirectUrl() == null ? null : URI.create(s.redirectUrl()));
        model.setRoleInRoom(seen.roleOfCaller() == null ? null : RoomRoleOfCaller.fromValue(seen.roleOfCaller()));
        model.setLastCallAt(Locations.utc(room.lastCallAt()));
        return model;
    }

    static RoomList list(RoomService.Page page) {
        return new RoomList(page.items().stream().map(RoomMapper::room).toList()).total(page.total());
    }

    private static String value(RoomType type) {
        return type == null ? null : type.getValue();
    }

    private static String text(URI uri) {
        return uri == null ? null : uri.toString();
    }
}
