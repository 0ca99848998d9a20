package dev.moodhoodkit.server.invites;

import dev.moodhoodkit.server.api.SpaceInvitesApi;
import dev.moodhoodkit.server.api.model.CreateInviteRequest;
import dev.moodhoodkit.server.api.model.CreatedId;
import dev.moodhoodkit.server.api.model.InviteActivation;
import dev.moodhoodkit.server.api.model.InviteList;
import dev.moodhoodkit.server.api.model.InviteStatus;
import dev.moodhoodkit.server.auth.CurrentCaller;
import dev.moodhoodkit.server.common.Locations;
import dev.moodhoodkit.server.common.Paging;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** The invites of a space: create, list, revoke, activate. */
@RestController
class InvitesController implements SpaceInvitesApi {

    private final InviteService service;
    private final InviteMapper mapper;

    InvitesController(InviteService service, InviteMapper mapper) {
        this.service = service;
        this.mapper = mapper;
    }

    @Override
    public ResponseEntity<CreatedId> createInvite(String spaceId, CreateInviteRequest request) {
        InviteDetails invite = service.create(CurrentCaller.get(), spaceId, mapper.newInvite(request));
        return Locations.created("/spaces/" + spaceId + "/invites/" + invite.id(), new CreatedId(invite.id()));
    }

    @Override
    public ResponseEntity<InviteList> listInvites(String spaceId, InviteStatus status, Integer limit, Integer offset) {
        return ResponseEntity.ok(mapper.list(
                service.list(CurrentCaller.get(), spaceId, mapper.state(status), Paging.of(limit, offset))));
    }

    @Override
    public ResponseEntity<Void> revokeInvite(String spaceId, String inviteId) {
        service.revoke(CurrentCaller.get(), spaceId, inviteId);
        return ResponseEntity.noContent().build();
    }

    @Override
    public ResponseEntity<InviteActivation> activateInvite(String spaceId, String inviteId) {
        return ResponseEntity.ok(mapper.activation(service.activate(CurrentCaller.get(), spaceId, inviteId)));
    }
}
