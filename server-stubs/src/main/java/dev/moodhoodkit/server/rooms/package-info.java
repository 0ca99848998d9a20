/** Rooms of a space: created, read, listed, changed and deleted, with their settings. */
package dev.moodhoodkit.server.rooms;
