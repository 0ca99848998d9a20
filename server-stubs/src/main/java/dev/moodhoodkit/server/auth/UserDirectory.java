package dev.moodhoodkit.server.auth;

import java.util.Optional;

/**
 * What authentication asks of user accounts, which the {@code users} feature keeps: an
 * interface here, so that {@code auth} does not depend on the feature that depends on it.
 */
public interface UserDirectory {

    /** The user's id when the email and password match. */
    Optional<String> authenticate(String email, String password);

    /** Whether the user exists (a token of a deleted user authenticates nobody). */
    boolean exists(String userId);
}
