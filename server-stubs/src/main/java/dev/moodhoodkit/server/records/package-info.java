/** Recordings of a room: started, stopped, listed, and downloaded through signed links. */
package dev.moodhoodkit.server.records;
