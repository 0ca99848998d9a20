package dev.moodhoodkit.server.rooms;

import dev.moodhoodkit.server.authz.RoomType;
import dev.moodhoodkit.server.common.RecordOverlay;

/**
 * A room's settings, written once: the components carry the spec's property names (MapStruct
 * maps them to and from the generated models by name) and, in snake_case, the rooms table's
 * column names ({@link dev.moodhoodkit.server.common.Rows} reads and writes them by name).
 * A stored room has every setting; a request's settings are partial, null meaning "not given".
 */
public record RoomSettings(
        RoomType type,
        Boolean isPublic,
        Boolean isScreensharingAllowed,
        Boolean isChatAllowed,
        Boolean isRecordAllowed,
        Boolean isAutoRecordingAllowed,
        Boolean isMicrophonePublishingAllowed,
        Boolean isCameraPublishingAllowed,
        Boolean isScreenMediaPublishingAllowed,
        Boolean isAvatarsAllowed,
        Boolean isSelfRenamingAllowed,
        Boolean isHandRaisingAllowed,
        Boolean isRemoteDrawingAllowed,
        WaitingRoomAudience waitingRoomAudience,
        String redirectUrl) {

    /** What the spec documents for a room created without them. */
    static final RoomSettings DEFAULTS = new RoomSettings(
            RoomType.LESSON,
            true,
            true,
            true,
            false,
            false,
            true,
            true,
            true,
            true,
            true,
            true,
            false,
            WaitingRoomAudience.NOBODY,
            null);

    /** Who waits in the waiting room before being let in. */
    public enum WaitingRoomAudience {
        NOBODY,
        GUESTS,
        EVERYONE
    }

    /** A room's name and settings as a create or update gives them: null means "not given". */
    record Changes(String name, RoomSettings settings) {}

    /** These settings with every setting the partial ones give replaced; the others kept. */
    RoomSettings with(RoomSettings given) {
        return RecordOverlay.over(this, given);
    }

    /** These settings without a redirect URL (an update that sent it as null). */
    RoomSettings withoutRedirectUrl() {
        return new RoomSettings(
                type,
                isPublic,
                isScreensharingAllowed,
                isChatAllowed,
                isRecordAllowed,
                isAutoRecordingAllowed,
                isMicrophonePublishingAllowed,
                isCameraPublishingAllowed,
                isScreenMediaPublishingAllowed,
                isAvatarsAllowed,
                isSelfRenamingAllowed,
                isHandRaisingAllowed,
                isRemoteDrawingAllowed,
                waitingRoomAudience,
                null);
    }
}
