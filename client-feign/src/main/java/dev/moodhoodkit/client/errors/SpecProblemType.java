package dev.moodhoodkit.client.errors;

import java.net.URI;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The problem types of the spec's catalogue (its description's "Problem types"): each
 * {@code https://moodhood.online/problems/<kind>} with the status that answers it. A test keeps
 * this list and the spec's the same.
 */
public enum SpecProblemType implements ProblemType {
    MALFORMED_REQUEST("malformed-request", 400),
    UNAUTHORIZED("unauthorized", 401),
    FORBIDDEN("forbidden", 403),
    NOT_FOUND("not-found", 404),
    EMAIL_TAKEN("email-taken", 409),
    CLIENT_EXISTS("client-exists", 409),
    INVITE_ALREADY_ACTIVATED("invite-already-activated", 409),
    INVITE_REVOKED("invite-revoked", 409),
    INVITE_EXPIRED("invite-expired", 409),
    ROOM_OWNER_ROLE("room-owner-role", 409),
    GUEST_LINK_USED("guest-link-used", 409),
    WEBHOOK_EXISTS("webhook-exists", 409),
    ALREADY_IN_CALL("already-in-call", 409),
    NO_ACTIVE_CALL("no-active-call", 409),
    ALREADY_RECORDING("already-recording", 409),
    RECORDING_NOT_ALLOWED("recording-not-allowed", 409),
    NOT_RECORDING("not-recording", 409),
    RECORD_NOT_FINISHED("record-not-finished", 409),
    CONFLICT("conflict", 409),
    VALIDATION_FAILED("validation-failed", 422),
    BODY_TOO_LARGE("body-too-large", 413),
    RATE_LIMITED("rate-limited", 429),
    HEADERS_TOO_LARGE("headers-too-large", 431),
    INTERNAL("internal", 500),
    UNAVAILABLE("unavailable", 503);

    /** What every type URI of the catalogue starts with. */
    public static final String BASE = "https://moodhood.online/problems/";

    private static final Map<URI, SpecProblemType> BY_URI =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(SpecProblemType::uri, Function.identity()));

    private final String kind;
    private final int status;
    private final URI uri;

    SpecProblemType(String kind, int status) {
        this.kind = kind;
        this.status = status;
        this.uri = URI.create(BASE + kind);
    }

    /** The last segment of the URI, e.g. {@code not-found}. */
    public String kind() {
        return kind;
    }

    /** The HTTP status the spec answers this problem with. */
    public int status() {
        return status;
    }

    @Override
    public URI uri() {
        return uri;
    }

    /** The constant whose URI is {@code uri}, if the catalogue has one. */
    public static Optional<SpecProblemType> byUri(URI uri) {
        return Optional.ofNullable(BY_URI.get(uri));
    }
}
