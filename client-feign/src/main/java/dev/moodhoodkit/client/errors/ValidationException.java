package dev.moodhoodkit.client.errors;

import dev.moodhoodkit.client.model.FieldError;
import java.util.List;

/**
 * 422: some fields break the rules ({@link #fieldErrors()} lists them), or 400: the request
 * could not be read (malformed JSON, an invalid id or query parameter; the token endpoint's
 * {@code invalid_request} and {@code unsupported_grant_type}), or 413/431: the body or the
 * headers are larger than the server accepts. In every case the request itself is at fault.
 */
public class ValidationException extends MoodhoodException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldError> fieldErrors;

    public ValidationException(ErrorDetails details, List<FieldError> fieldErrors) {
        super(details);
        this.fieldErrors = fieldErrors == null ? List.of() : List.copyOf(fieldErrors);
    }

    /** The fields at fault, as the problem's {@code errors} listed them; empty if none were named. */
    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }
}
