package dev.moodhoodkit.server.embed;

import dev.moodhoodkit.server.api.RoomEmbedApi;
import dev.moodhoodkit.server.api.model.EmbedDescriptor;
import dev.moodhoodkit.server.auth.CurrentCaller;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** The embed descriptor of a room for the caller. */
@RestController
class RoomEmbedController implements RoomEmbedApi {

    private final EmbedService service;
    private final EmbedMapper mapper;
    /** The current request (a proxy): a guest's room URL carries the guest's own bearer token. */
    private final HttpServletRequest request;

    RoomEmbedController(EmbedService service, EmbedMapper mapper, HttpServletRequest request) {
        this.service = service;
        this.mapper = mapper;
        this.request = request;
    }

    /** The answer holds a token, so it must never be cached. */
    @Override
    public ResponseEntity<EmbedDescriptor> getRoomEmbed(
            String spaceId, String roomId, String participantName, String width, String height) {
        Embed embed = service.describe(
                CurrentCaller.get(),
                new EmbedService.Request(spaceId, roomId, participantName, width, height, bearerToken()));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(mapper.descriptor(embed));
    }

    /** The token after "Bearer " (the authentication filter has checked the header's form). */
    private String bearerToken() {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        return header == null || header.length() < 7
                ? null
                : header.substring(7).trim();
    }
}
