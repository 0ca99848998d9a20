package dev.moodhoodkit.server.common;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The 201 answers of creates: the body and a {@code Location} under {@code /v1}. */
public final class Locations {

    private Locations() {}

    public static <T> ResponseEntity<T> created(String path, T body) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/v1" + path))
                .body(body);
    }

    public static java.time.OffsetDateTime utc(java.time.Instant instant) {
        return instant == null ? null : instant.atOffset(java.time.ZoneOffset.UTC);
    }
}
