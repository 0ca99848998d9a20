package dev.moodhoodkit.client.errors;

/** 403: the token may not make this call (a client token where a user token is needed, a guest token outside its room, a user without the role the call needs). */
public class PermissionException extends MoodhoodException {

    private static final long serialVersionUID = 1L;

    public PermissionException(ErrorDetails details) {
        super(details);
    }
}
