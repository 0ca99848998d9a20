package dev.moodhoodkit.client.errors;

/** 404: no such resource, or one the caller may not see. */
public class NotFoundException extends MoodhoodException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(ErrorDetails details) {
        super(details);
    }
}
