package dev.moodhoodkit.server.spaces;

import dev.moodhoodkit.server.api.model.CreateSpaceRequest;
import dev.moodhoodkit.server.api.model.Space;
import dev.moodhoodkit.server.api.model.SpaceList;
import dev.moodhoodkit.server.api.model.UpdateSpaceRequest;
import dev.moodhoodkit.server.common.Page;
import dev.moodhoodkit.server.common.WireMapping;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** The spaces feature's domain records to and from the generated models. */
@Mapper(config = WireMapping.class)
interface SpaceMapper {

    /** A create without {@code isPublic} makes a private space. */
    @Mapping(target = "isPublic", source = "isPublic", defaultValue = "false")
    SpaceDetails.Fields fields(CreateSpaceRequest request);

    /** An update's fields as bound (absent and null alike read as null; SpaceService tells them apart). */
    SpaceDetails.Fields fields(UpdateSpaceRequest request);

    @Mapping(target = ".", source = "space")
    @Mapping(target = "roleInSpace", source = "roleOfCaller")
    Space space(SpaceDetails.Seen seen);

    SpaceList list(Page<SpaceDetails.Seen> page);
}
