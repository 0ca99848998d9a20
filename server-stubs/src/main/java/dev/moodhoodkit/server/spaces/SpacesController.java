package dev.moodhoodkit.server.spaces;

import dev.moodhoodkit.server.api.SpacesApi;
import dev.moodhoodkit.server.api.model.CreateSpaceRequest;
import dev.moodhoodkit.server.api.model.CreatedId;
import dev.moodhoodkit.server.api.model.Space;
import dev.moodhoodkit.server.api.model.SpaceList;
import dev.moodhoodkit.server.api.model.UpdateSpaceRequest;
import dev.moodhoodkit.server.auth.CurrentCaller;
import dev.moodhoodkit.server.common.Locations;
import dev.moodhoodkit.server.common.Paging;
import dev.moodhoodkit.server.common.SentFields;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** Spaces: create, list, get, update, delete. */
@RestController
class SpacesController implements SpacesApi {

    private final SpaceService service;
    private final SpaceMapper mapper;

    SpacesController(SpaceService service, SpaceMapper mapper) {
        this.service = service;
        this.mapper = mapper;
    }

    @Override
    public ResponseEntity<CreatedId> createSpace(CreateSpaceRequest request) {
        String id = service.create(CurrentCaller.get(), mapper.fields(request));
        return Locations.created("/spaces/" + id, new CreatedId(id));
    }

    @Override
    public ResponseEntity<SpaceList> listSpaces(Integer limit, Integer offset) {
        return ResponseEntity.ok(mapper.list(service.list(CurrentCaller.get(), Paging.of(limit, offset))));
    }

    @Override
    public ResponseEntity<Space> getSpace(String spaceId) {
        return ResponseEntity.ok(mapper.space(service.get(CurrentCaller.get(), spaceId)));
    }

    @Override
    public ResponseEntity<Space> updateSpace(String spaceId, UpdateSpaceRequest request) {
        return ResponseEntity.ok(mapper.space(
                service.update(CurrentCaller.get(), spaceId, mapper.fields(request), SentFields.current())));
    }

    @Override
    public ResponseEntity<Void> deleteSpace(String spaceId) {
        service.delete(CurrentCaller.get(), spaceId);
        return ResponseEntity.noContent().build();
    }
}
