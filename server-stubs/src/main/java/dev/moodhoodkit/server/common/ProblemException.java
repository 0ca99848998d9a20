package dev.moodhoodkit.server.common;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * A failure that the API answers as an RFC 9457 problem of one {@link ProblemType}, whose
 * {@code type} URI clients may compare. The room page (outside the API) has problems of its own,
 * named by a slug of their own.
 */
public class ProblemException extends RuntimeException {

    /** A field of the request at fault, and what is wrong with it. */
    public record FieldProblem(String field, String message) {}

    private final HttpStatus status;
    private final String slug;
    private final String title;
    private final List<FieldProblem> errors;

    public ProblemException(HttpStatus status, String slug, String title, String detail, List<FieldProblem> errors) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** A problem of the room page's own, outside the API's {@link ProblemType} catalogue. */
    public ProblemException(HttpStatus status, String slug, String title, String detail) {
        this(status, slug, title, detail, List.of());
    }

    public ProblemException(ProblemType type, String detail) {
        this(type.status(), type.slug(), type.title(), detail, List.of());
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

    public List<FieldProblem> errors() {
        return errors;
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(ProblemType.MALFORMED_REQUEST, detail);
    }

    public static ProblemException unauthorized(String detail) {
        return new ProblemException(ProblemType.UNAUTHORIZED, detail);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(ProblemType.FORBIDDEN, detail);
    }

    /** The caller holds a client token where the call needs a user token. */
    public static ProblemException userTokenRequired() {
        return forbidden("Method forbidden for this user: this call needs a user token.");
    }

    public static ProblemException notFound(String what, String id) {
        return notFound("No " + what + " " + id + ".");
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(ProblemType.NOT_FOUND, detail);
    }

    /** One of the catalogue's 409 kinds, by its slug ({@code "client-exists"}). */
    public static ProblemException conflict(String slug, String title, String detail) {
        return conflict(
                ProblemType.valueOf(slug.toUpperCase(java.util.Locale.ROOT).replace('-', '_')), detail);
    }

    public static ProblemException conflict(ProblemType type, String detail) {
        return new ProblemException(type, detail);
    }

    public static ProblemException validation(List<FieldProblem> errors) {
        String detail = errors.size() == 1 ? "1 field is invalid." : errors.size() + " fields are invalid.";
        ProblemType type = ProblemType.VALIDATION_FAILED;
        return new ProblemException(type.status(), type.slug(), type.title(), detail, errors);
    }

    public static ProblemException invalidField(String field, String message) {
        return validation(List.of(new FieldProblem(field, message)));
    }
}
