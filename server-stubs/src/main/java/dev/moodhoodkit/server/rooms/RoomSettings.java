package dev.moodhoodkit.server.rooms;

/**
 * A room's settings. {@link #DEFAULTS} are what the spec documents for a room created without
 * them; {@link #with} applies a create's or an update's fields over them.
 */
record RoomSettings(
        String type,
        boolean isPublic,
        boolean screensharingAllowed,
        boolean chatAllowed,
        boolean recordAllowed,
        boolean autoRecordingAllowed,
        boolean microphonePublishingAllowed,
        boolean cameraPublishingAllowed,
        boolean screenMediaPublishingAllowed,
        boolean avatarsAllowed,
        boolean selfRenamingAllowed,
        boolean handRaisingAllowed,
        boolean remoteDrawingAllowed,
        String waitingRoomAudience,
        String redirectUrl) {

    static final RoomSettings DEFAULTS = new RoomSettings(
            "lesson", true, true, true, false, false, true, true, true, true, true, true, false, "nobody", null);

    /** A room's name and settings as a request gives them: null means "not given". */
    record Changes(
            String name,
            String type,
            Boolean isPublic,
            Boolean screensharingAllowed,
            Boolean chatAllowed,
            Boolean recordAllowed,
            Boolean autoRecordingAllowed,
            Boolean microphonePublishingAllowed,
            Boolean cameraPublishingAllowed,
            Boolean screenMediaPublishingAllowed,
            Boolean avatarsAllowed,
            Boolean selfRenamingAllowed,
            Boolean handRaisingAllowed,
            Boolean remoteDrawingAllowed,
            String waitingRoomAudience,
            String redirectUrl) {}

    /** These settings with every field the changes give replaced; the others kept. */
    RoomSettings with(Changes c) {
        return new RoomSettings(
                or(c.type(), type),
                or(c.isPublic(), isPublic),
                or(c.screensharingAllowed(), screensharingAllowed),
                or(c.chatAllowed(), chatAllowed),
                or(c.recordAllowed(), recordAllowed),
                or(c.autoRecordingAllowed(), autoRecordingAllowed),
                or(c.microphonePublishingAllowed(), microphonePublishingAllowed),
                or(c.cameraPublishingAllowed(), cameraPublishingAllowed),
                or(c.screenMediaPublishingAllowed(), screenMediaPublishingAllowed),
                or(c.avatarsAllowed(), avatarsAllowed),
                or(c.selfRenamingAllowed(), selfRenamingAllowed),
                or(c.handRaisingAllowed(), handRaisingAllowed),
                or(c.remoteDrawingAllowed(), remoteDrawingAllowed),
                or(c.waitingRoomAudience(), waitingRoomAudience),
                or(c.redirectUrl(), redirectUrl));
    }

    /** These settings without a redirect URL (an update that sent it as null). */
    RoomSettings withoutRedirectUrl() {
        return new RoomSettings(
                type,
                isPublic,
                screensharingAllowed,
                chatAllowed,
                recordAllowed,
                autoRecordingAllowed,
                microphonePublishingAllowed,
                cameraPublishingAllowed,
                screenMediaPublishingAllowed,
                avatarsAllowed,
                selfRenamingAllowed,
                handRaisingAllowed,
                remoteDrawingAllowed,
                waitingRoomAudience,
                null);
    }

    private static <T> T or(T given, T current) {
        return given != null ? given : current;
    }
}
