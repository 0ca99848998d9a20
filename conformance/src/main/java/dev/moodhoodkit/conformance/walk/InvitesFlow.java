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
        String inviteId = invite("role_space_user", "the space owner may invite");
        s.send(Call.to("listInvites")
                .token(s.owner.token)
                .path("spaceId", s.spaceId)
                .query("status", "pending")
                .expect("the space's invites", 200));
        if (inviteId != null) {
            s.send(activation(inviteId).expect("the invited user's activation", 200));
            s.send(activation(inviteId).expect("an invite works once: a second activation answers 409", 409));
        }
        if (s.api.has("revokeInvite")) {
            String revoked = invite("role_space_moderator", "a second invite, to revoke");
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

    private String invite(String role, String why) {
        return field(
                s.send(Call.to("createInvite")
                        .token(s.owner.token)
                        .path("spaceId", s.spaceId)
                        .json(body("role", role))
                        .expect(why, 201)),
                "id");
    }

    /** The second user's activation of an invite. */
    private Call activation(String inviteId) {
        return Call.to("activateInvite")
                .token(s.member.token)
                .path("spaceId", s.spaceId)
                .path("inviteId", inviteId);
    }
}
