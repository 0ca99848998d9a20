package dev.moodhoodkit.server.common;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The conversions between the domain's types and the generated models' that MapStruct has no
 * built-in for: instants go out in UTC, URIs are text in the domain. Null stays null.
 */
public final class WireTypes {

    private WireTypes() {}

    public static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    public static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    public static URI uri(String text) {
        return text == null ? null : URI.create(text);
    }

    public static String text(URI uri) {
        return uri == null ? null : uri.toString();
    }
}
