package dev.moodhoodkit.conformance.walk;

import static dev.moodhoodkit.conformance.http.ApiClient.body;
import static dev.moodhoodkit.conformance.walk.Session.field;

import dev.moodhoodkit.conformance.http.Call;

/** A private space with a room that allows recording, read and changed as the guide does. */
final class SpacesFlow {

    private final Session s;

    SpacesFlow(Session session) {
        this.s = session;
    }

    /** Answers whether the walk has a space and a room to go on with. */
    boolean run() {
        s.spaceId = field(
                s.send(Call.to("createSpace")
                        .token(s.owner.token)
                        .json(body(
                                "name",
                                s.name("space"),
                                "description",
                                "Made by the MoodHood conformance runner; safe to delete",
                                "isPublic",
                                false))
                        .expect("a space of the user", 201)),
                "id");
        if (s.spaceId == null) {
            return false;
        }
        s.leftBehind.add("space " + s.spaceId + " (" + s.name("space") + ")");
        s.send(Call.to("listSpaces").token(s.owner.token).query("limit", "5").expect("the user's spaces", 200));
        s.send(Call.to("getSpace")
                .token(s.owner.token)
                .path("spaceId", s.spaceId)
                .expect("the owner's space", 200));
        s.send(Call.to("getSpace")
                .token(s.clientToken)
                .path("spaceId", s.spaceId)
                .expect("a client token sees public spaces only", 404));
        s.send(Call.to("updateSpace")
                .token(s.owner.token)
                .path("spaceId", s.spaceId)
                .json(body(
                        "name",
                        s.name("space"),
                        "isPublic",
                        false,
                        "description",
                        "Made by the MoodHood conformance runner; safe to delete (updated)"))
                .expect("the owner may update", 200));

        s.roomId = field(
                s.send(Call.to("createRoom")
                        .token(s.owner.token)
                        .path("spaceId", s.spaceId)
                        .json(body(
                                "name", s.name("room"),
                                "type", "lesson",
                                "isPublic", false,
                                "isChatAllowed", true,
                                "isRecordAllowed", true))
                        .expect("a room in the owner's space", 201)),
                "id");
        if (s.roomId == null) {
            return false;
        }
        s.send(Call.to("listRooms")
                .token(s.owner.token)
                .path("spaceId", s.spaceId)
                .query("limit", "5")
                .expect("the space's rooms", 200));
        s.send(Call.to("getRoom")
                .token(s.owner.token)
                .path("spaceId", s.spaceId)
                .path("roomId", s.roomId)
                .expect("the owner's room", 200));
        s.send(Call.to("updateRoom")
                .token(s.owner.token)
                .path("spaceId", s.spaceId)
                .path("roomId", s.roomId)
                .json(body("name", s.name("room (updated)"), "isScreensharingAllowed", true))
                .expect("the room owner may update", 200));
        s.send(Call.to("updateMeetingSettings")
                .token(s.owner.token)
                .json(body("spaceId", s.spaceId, "roomId", s.roomId))
                .expect("the user's own room as default", 200));
        s.send(Call.to("getMeetingSettings").token(s.owner.token).expect("the settings just set", 200));
        s.send(Call.to("getRoomEmbed")
                .token(s.owner.token)
                .path("spaceId", s.spaceId)
                .path("roomId", s.roomId)
                .query("participantName", "Conformance")
                .query("height", "600px")
                .expect("the owner's embed descriptor", 200));
        return true;
    }
}
