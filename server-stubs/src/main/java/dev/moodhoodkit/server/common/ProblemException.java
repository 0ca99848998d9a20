package dev.moodhoodkit.server.common;

import dev.moodhoodkit.server.api.model.FieldError;
import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * A failure that the API answers as an RFC 9457 problem. {@code slug} names the kind of
 * problem and becomes its {@code type} URI, which clients may compare; the factories below are
 * the kinds the spec declares.
 */
public class ProblemException extends RuntimeException {

    private final HttpStatus status;
    private final String slug;
    private final String title;
    private final List<FieldError> errors;

    public ProblemException(HttpStatus status, String slug, String title, String detail, List<FieldError> errors) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public ProblemException(HttpStatus status, String slug, String title, String detail) {
        this(status, slug, title, detail, List.of());
    }

    public HttpStatus status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(HttpStatus.BAD_REQUEST, "malformed-request", "Malformed request", detail);
    }

    public static ProblemException unauthorized(String detail) {
        return new ProblemException(HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized", detail);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", detail);
    }

    /** The caller holds a client token where the call needs a user token. */
    public static ProblemException userTokenRequired() {
        return forbidden("Method forbidden for this user: this call needs a user token.");
    }

    public static ProblemException notFound(String what, String id) {
        return new ProblemException(HttpStatus.NOT_FOUND, "not-found", "Not found", "No " + what + " " + id + ".");
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(HttpStatus.NOT_FOUND, "not-found", "Not found", detail);
    }

    public static ProblemException conflict(String slug, String title, String detail) {
        return new ProblemException(HttpStatus.CONFLICT, slug, title, detail);
    }

    public static ProblemException validation(List<FieldError> errors) {
        String detail = errors.size() == 1 ? "1 field is invalid." : errors.size() + " fields are invalid.";
        return new ProblemException(
                HttpStatus.UNPROCESSABLE_CONTENT, "validation-failed", "Validation failed", detail, errors);
    }

    public static ProblemException invalidField(String field, String message) {
        return validation(List.of(new FieldError(field, message)));
    }
}
