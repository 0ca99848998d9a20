/** Guest links (generate-access): room page URLs that carry a room-bound token for a person without an account. */
package dev.moodhoodkit.server.access;
