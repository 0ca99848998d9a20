package dev.moodhoodkit.server.invites;

import dev.moodhoodkit.server.auth.Caller;
import dev.moodhoodkit.server.authz.AccessPolicy;
import dev.moodhoodkit.server.authz.SpaceRole;
import dev.moodhoodkit.server.common.Ids;
import dev.moodhoodkit.server.common.Page;
import dev.moodhoodkit.server.common.Paging;
import dev.moodhoodkit.server.common.ProblemException;
import dev.moodhoodkit.server.common.ProblemType;
import dev.moodhoodkit.server.spaces.SpaceMembers;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Invites: single use, optionally expiring, revocable while pending. */
@Service
class InviteService {

    /** The invite to make, as asked: {@code expiresAt} null for one that never expires. */
    record NewInvite(SpaceRole role, Instant expiresAt) {}

    /** What an activation admitted the caller to. */
    record Admission(String spaceId, SpaceRole role) {}

    private final Invites invites;
    private final SpaceMembers members;
    private final AccessPolicy access;
    private final Clock clock;

    InviteService(Invites invites, SpaceMembers members, AccessPolicy access, Clock clock) {
        this.invites = invites;
        this.members = members;
        this.access = access;
        this.clock = clock;
    }

    InviteDetails create(Caller caller, String spaceId, NewInvite request) {
        Caller.User user = caller.requireUser();
        access.manageableSpace(user, spaceId);
        Instant now = clock.instant();
        Instant expiresAt = request.expiresAt();
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            throw ProblemException.invalidField("expiresAt", "must be in the future");
        }
        InviteDetails invite = new InviteDetails(
                Ids.newId(), spaceId, request.role(), user.userId(), now, expiresAt, null, null, null);
        invites.insert(invite);
        return invite;
    }

    @Transactional(readOnly = true)
    Page<InviteDetails.Seen> list(Caller caller, String spaceId, InviteDetails.State state, Paging paging) {
        access.manageableSpace(caller, spaceId);
        Instant now = clock.instant();
        return new Page<>(
                invites.list(spaceId, state, now, paging).stream()
                        .map(invite -> invite.seenAt(now))
                        .toList(),
                invites.count(spaceId, state, now));
    }

    /** Revokes a pending (or expired) invite; revoking a revoked one changes nothing; an activated one is 409. */
    @Transactional
    void revoke(Caller caller, String spaceId, String inviteId) {
        access.manageableSpace(caller, spaceId);
        Instant now = clock.instant();
        if (invites.revoke(spaceId, inviteId, now)) {
            return;
        }
        InviteDetails invite =
                invites.find(spaceId, inviteId).orElseThrow(() -> ProblemException.notFound("invite", inviteId));
        if (invite.state(now) == InviteDetails.State.ACTIVATED) {
            throw alreadyActivated(inviteId);
        }
    }

    /**
     * Admits the caller to the invite's space with its role. The invite is looked up by its id
     * and space only (the invitee cannot see a private space yet); the single conditional
     * update of {@link Invites#activate} lets exactly one activation win, and the membership is
     * written in the same transaction, so a failure leaves the invite unused.
     */
    @Transactional
    Admission activate(Caller caller, String spaceId, String inviteId) {
        Caller.User user = AccessPolicy.inviteActivator(caller);
        InviteDetails invite =
                invites.find(spaceId, inviteId).orElseThrow(() -> ProblemException.notFound("invite", inviteId));
        Instant now = clock.instant();
        if (!invites.activate(spaceId, inviteId, user.userId(), now)) {
            InviteDetails current =
                    invites.find(spaceId, inviteId).orElseThrow(() -> ProblemException.notFound("invite", inviteId));
            throw unusable(current, now);
        }
        members.admit(spaceId, user.userId(), invite.role(), now);
        return new Admission(spaceId, invite.role());
    }

    private static ProblemException unusable(InviteDetails invite, Instant now) {
        return switch (invite.state(now)) {
            case ACTIVATED -> alreadyActivated(invite.id());
            case REVOKED ->
                ProblemException.conflict(
                        ProblemType.INVITE_REVOKED, "The invite " + invite.id() + " has been revoked.");
            case EXPIRED ->
                ProblemException.conflict(ProblemType.INVITE_EXPIRED, "The invite " + invite.id() + " has expired.");
            // Only if the invite changed back between the update and this read, which nothing does.
            case PENDING ->
                ProblemException.conflict(ProblemType.CONFLICT, "The invite changed during the call; try again.");
        };
    }

    private static ProblemException alreadyActivated(String inviteId) {
        return ProblemException.conflict(
                ProblemType.INVITE_ALREADY_ACTIVATED, "The invite " + inviteId + " has already been activated.");
    }
}
