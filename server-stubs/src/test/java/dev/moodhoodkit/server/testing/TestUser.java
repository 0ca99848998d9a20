package dev.moodhoodkit.server.testing;

/**
 * A user made through the API by {@link ApiTest#newUser()}, with the tokens of a password grant.
 */
public record TestUser(String id, String email, String password, String token, String refreshToken) {}
