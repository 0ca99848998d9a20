package dev.moodhoodkit.server.invites;

import dev.moodhoodkit.server.api.model.Invite;
import dev.moodhoodkit.server.api.model.InviteActivation;
import dev.moodhoodkit.server.api.model.InviteList;
import dev.moodhoodkit.server.api.model.InviteStatus;
import dev.moodhoodkit.server.api.model.SpaceRole;
import dev.moodhoodkit.server.common.Locations;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Converts between the invites feature's domain records and the generated models. */
final class InviteMapper {

    private InviteMapper() {}

    static InviteDetails.State state(InviteStatus status) {
        return status == null
                ? null
                : switch (status) {
                    case PENDING -> InviteDetails.State.PENDING;
                    case ACTIVATED -> InviteDetails.State.ACTIVATED;
                    case REVOKED -> InviteDetails.State.REVOKED;
                    case EXPIRED -> InviteDetails.State.EXPIRED;
                };
    }

    static InviteStatus status(InviteDetails.State state) {
        return switch (state) {
            case PENDING -> InviteStatus.PENDING;
            case ACTIVATED -> InviteStatus.ACTIVATED;
            case REVOKED -> InviteStatus.REVOKED;
            case EXPIRED -> InviteStatus.EXPIRED;
        };
    }

    static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    static Invite invite(InviteDetails invite, Instant now) {
        Invite model = new Invite(
                invite.id(),
                invite.spaceId(),
                SpaceRole.fromValue(invite.role()),
                status(invite.state(now)),
                invite.createdBy(),
                Locations.utc(invite.createdAt()));
        model.setExpiresAt(Locations.utc(invite.expiresAt()));
        model.setActivatedBy(invite.activatedBy());
        model.setActivatedAt(Locations.utc(invite.activatedAt()));
        return model;
    }

    static InviteList list(InviteService.Page page) {
        return new InviteList(
                page.items().stream().map(i -> invite(i, page.now())).toList(), page.total());
    }

    static InviteActivation activation(InviteService.Admission admission) {
        return new InviteActivation(admission.spaceId(), SpaceRole.fromValue(admission.role()));
    }
}
