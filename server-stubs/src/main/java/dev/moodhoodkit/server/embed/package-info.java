/** Embedding: the embed descriptor of a room, and the room page that the iframe opens and signs in. */
package dev.moodhoodkit.server.embed;
