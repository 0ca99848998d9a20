package dev.moodhoodkit.server.invites;

import dev.moodhoodkit.server.api.model.CreateInviteRequest;
import dev.moodhoodkit.server.api.model.Invite;
import dev.moodhoodkit.server.api.model.InviteActivation;
import dev.moodhoodkit.server.api.model.InviteList;
import dev.moodhoodkit.server.api.model.InviteStatus;
import dev.moodhoodkit.server.api.model.SpaceRole;
import dev.moodhoodkit.server.common.Page;
import dev.moodhoodkit.server.common.WireMapping;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;
import org.mapstruct.ValueMapping;

/** The invites feature's domain records to and from the generated models. */
@Mapper(config = WireMapping.class)
interface InviteMapper {

    InviteService.NewInvite newInvite(CreateInviteRequest request);

    InviteDetails.State state(InviteStatus status);

    @Mapping(target = ".", source = "invite")
    Invite invite(InviteDetails.Seen seen);

    InviteList list(Page<InviteDetails.Seen> page);

    InviteActivation activation(InviteService.Admission admission);

    /** An invite admits as moderator or user; nobody is invited to own a space. */
    @ValueMapping(source = "ROLE_SPACE_OWNER", target = MappingConstants.THROW_EXCEPTION)
    SpaceRole role(dev.moodhoodkit.server.authz.SpaceRole role);
}
