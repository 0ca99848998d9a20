package dev.moodhoodkit.server.auth;

/**
 * What a grant gives: a bearer access token, the refresh token that rotates with it, and the
 * access token's lifetime in seconds.
 */
public record IssuedTokens(String accessToken, String refreshToken, int expiresIn) {}
