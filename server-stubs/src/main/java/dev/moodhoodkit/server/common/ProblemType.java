package dev.moodhoodkit.server.common;

import java.net.URI;
import java.util.Locale;
import org.springframework.http.HttpStatus;

/**
 * The kinds of problem the API answers, as the spec's catalogue lists them (info.description,
 * "Problem types"; ProblemTypeCatalogueTests keeps the two equal). A kind's {@code type} URI is
 * {@link Problems#TYPE_BASE} and its constant's name in lower case with dashes
 * ({@code INVITE_EXPIRED} is {@code .../problems/invite-expired}); clients compare it.
 */
public enum ProblemType {
    MALFORMED_REQUEST(HttpStatus.BAD_REQUEST, "Malformed request"),
    BODY_TOO_LARGE(HttpStatus.BAD_REQUEST, "Body too large"),
    UNAUTHORIZED(HttpStatus.UNAUTHORIZED, "Unauthorized"),
    FORBIDDEN(HttpStatus.FORBIDDEN, "Forbidden"),
    NOT_FOUND(HttpStatus.NOT_FOUND, "Not found"),
    EMAIL_TAKEN(HttpStatus.CONFLICT, "Email taken"),
    CLIENT_EXISTS(HttpStatus.CONFLICT, "Client exists"),
    INVITE_ALREADY_ACTIVATED(HttpStatus.CONFLICT, "Invite already activated"),
    INVITE_REVOKED(HttpStatus.CONFLICT, "Invite revoked"),
    INVITE_EXPIRED(HttpStatus.CONFLICT, "Invite expired"),
    ROOM_OWNER_ROLE(HttpStatus.CONFLICT, "Room owner's role"),
    GUEST_LINK_USED(HttpStatus.CONFLICT, "Guest link used"),
    WEBHOOK_EXISTS(HttpStatus.CONFLICT, "Webhook exists"),
    ALREADY_IN_CALL(HttpStatus.CONFLICT, "Already in the call"),
    NO_ACTIVE_CALL(HttpStatus.CONFLICT, "No active call"),
    ALREADY_RECORDING(HttpStatus.CONFLICT, "Already recording"),
    RECORDING_NOT_ALLOWED(HttpStatus.CONFLICT, "Recording not allowed"),
    NOT_RECORDING(HttpStatus.CONFLICT, "Not recording"),
    RECORD_NOT_FINISHED(HttpStatus.CONFLICT, "Record not finished"),
    CONFLICT(HttpStatus.CONFLICT, "Conflict"),
    VALIDATION_FAILED(HttpStatus.UNPROCESSABLE_CONTENT, "Validation failed"),
    RATE_LIMITED(HttpStatus.TOO_MANY_REQUESTS, "Too many requests"),
    INTERNAL(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error"),
    UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable");

    private final HttpStatus status;
    private final String title;

    ProblemType(HttpStatus status, String title) {
        this.status = status;
        this.title = title;
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** The last segment of the type URI, e.g. {@code invite-expired}. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public URI uri() {
        return URI.create(Problems.TYPE_BASE + slug());
    }
}
