package dev.moodhoodkit.client;

/** Where the bearer token of a call comes from. Implementations are thread-safe. */
interface TokenSource {

    /** A token to send now; fetches or refreshes one if needed. */
    String accessToken();

    /**
     * The server answered 401 to {@code rejectedToken}. Forgets it if it is still the current
     * one and tells whether another token may be had (a retry is worth it).
     */
    boolean renewAfterRejection(String rejectedToken);
}
