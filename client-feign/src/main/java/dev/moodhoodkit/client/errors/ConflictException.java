package dev.moodhoodkit.client.errors;

/** 409: the call conflicts with the resource's state (invite already activated, email taken, webhook already set...); {@link #type()} tells which. */
public class ConflictException extends MoodhoodException {

    private static final long serialVersionUID = 1L;

    public ConflictException(ErrorDetails details) {
        super(details);
    }
}
