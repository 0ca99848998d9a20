/** Calls: participants, joining and leaving, signaling tokens, and the call lifecycle that ends idle calls. */
package dev.moodhoodkit.server.calls;
