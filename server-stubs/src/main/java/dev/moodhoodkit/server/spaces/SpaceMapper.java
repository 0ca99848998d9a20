package dev.moodhoodkit.server.spaces;

import dev.moodhoodkit.server.api.model.CreateSpaceRequest;
import dev.moodhoodkit.server.api.model.Space;
import dev.moodhoodkit.server.api.model.SpaceList;
import dev.moodhoodkit.server.api.model.SpaceRoleOfCaller;
import dev.moodhoodkit.server.api.model.UpdateSpaceRequest;
import dev.moodhoodkit.server.common.Locations;
import java.net.URI;

/** Converts between the spaces feature's domain records and the generated models. */
final class SpaceMapper {

    private SpaceMapper() {}

    static SpaceDetails.Fields fields(CreateSpaceRequest request) {
        return new SpaceDetails.Fields(
                request.getName(),
                request.getDescription(),
                text(request.getLogo()),
                Boolean.TRUE.equals(request.getIsPublic()));
    }

    /** An update's fields as bound (absent and null alike read as null; SpaceService tells them apart). */
    static SpaceDetails.Fields fields(UpdateSpaceRequest request) {
        return new SpaceDetails.Fields(
                request.getName(), request.getDescription(), text(request.getLogo()), request.getIsPublic());
    }

    static Space space(SpaceDetails.Seen seen) {
        SpaceDetails space = seen.space();
        Space model = new Space(
                space.id(), space.name(), space.isPublic(), space.ownerId(), Locations.utc(space.createdAt()));
        model.setDescription(space.description());
        model.setLogo(space.logo() == null ? null : URI.create(space.logo()));
        model.setRoleInSpace(seen.roleOfCaller() == null ? null : SpaceRoleOfCaller.fromValue(seen.roleOfCaller()));
        return model;
    }

    static SpaceList list(SpaceService.Page page) {
        return new SpaceList(page.items().stream().map(SpaceMapper::space).toList()).total(page.total());
    }

    private static String text(URI uri) {
        return uri == null ? null : uri.toString();
    }
}
