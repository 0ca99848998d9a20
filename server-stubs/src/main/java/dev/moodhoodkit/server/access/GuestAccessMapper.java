package dev.moodhoodkit.server.access;

import dev.moodhoodkit.server.api.model.GenerateAccessRequest;
import dev.moodhoodkit.server.api.model.GeneratedAccess;
import dev.moodhoodkit.server.common.Locations;
import java.net.URI;

/** Converts between the access feature's domain records and the generated models. */
final class GuestAccessMapper {

    /** The spec's default {@code ttl}, for a request that sends {@code "ttl": null}. */
    static final int DEFAULT_TTL_SECONDS = 86400;

    private GuestAccessMapper() {}

    static GuestAccessService.Request request(GenerateAccessRequest r) {
        return new GuestAccessService.Request(
                r.getUsername(),
                r.getRole().getValue(),
                r.getExternalUserId(),
                r.getExternalMeetingId(),
                r.getTtl() == null ? DEFAULT_TTL_SECONDS : r.getTtl(),
                Boolean.TRUE.equals(r.getIsPermanent()),
                r.getEmail(),
                r.getPhone());
    }

    static GeneratedAccess generatedAccess(GuestAccessService.GuestAccess access) {
        return new GeneratedAccess(URI.create(access.url())).expiresAt(Locations.utc(access.expiresAt()));
    }
}
