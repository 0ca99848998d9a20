package dev.moodhoodkit.conformance.walk;

import static dev.moodhoodkit.conformance.http.ApiClient.body;
import static dev.moodhoodkit.conformance.walk.Session.field;

import dev.moodhoodkit.conformance.http.Call;

/**
 * A second user admitted by a single-use invite, given a room role, and a guest link: the
 * guide's "users and invites" and "guest links" pages, with the second activation that must
 * fail.
 */
final class InvitesFlow {

    private final Session s;

    InvitesFlow(Session session) {
        this.s = session;
    }

    void run() {
        String inviteId = field(
                s.send(Call.to("createInvite")
                        .token(s.owner.token)
                        .path("spaceId", s.spaceId)
                        .json(body("role", "role_space_user"))
                        .expect("the space owner may invite", 201)),
                "id");
        s.send(Call.to("listInvites")
                .token(s.owner.token)
                .path("spaceId", s.spaceId)
                .query("status", "pending")
                .expect("the space's invites", 200));
        if (inviteId != null) {
            s.send(Call.to("activateInvite")
                    .token(s.member.token)
                    .path("spaceId", s.spaceId)
                    .path("inviteId", inviteId)
                    .expect("the invited user's activation", 200));
            s.send(Call.to("activateInvite")
                    .token(s.member.token)
                    .path("spaceId", s.spaceId)
                    .path("inviteId", inviteId)
                    .expect("an invite works once: a second activation answers 409", 409));
        }
        if (s.api.has("revokeInvite")) {
            String revoked = field(
                    s.send(Call.to("createInvite")
                            .token(s.owner.token)
                            .path("spaceId", s.spaceId)
                            .json(body("role", "role_space_moderator"))
                            .expect("a second invite, to revoke", 201)),
                    "id");
            if (revoked != null) {
                s.send(Call.to("revokeInvite")
                        .token(s.owner.token)
                        .path("spaceId", s.spaceId)
                        .path("inviteId", revoked)
                        .expect("a pending invite is revoked", 204));
            }
        }
        s.send(Call.to("grantRoleToUserAtRoom")
                .token(s.owner.token)
                .path("spaceId", s.spaceId)
                .path("roomId", s.roomId)
                .json(body("targetUserId", s.member.id, "role", "role_room_user"))
                .expect("the room owner grants the admitted user a role", 200));
        s.send(Call.to("roomGenerateAccess")
                .token(s.owner.token)
                .path("spaceId", s.spaceId)
                .path("roomId", s.roomId)
                .json(body("username", s.name("guest"), "role", "user", "ttl", 600, "isPermanent", false))
                .expect("a one-time guest link", 200));
    }
}
