/** Bounded storage: rows that no longer matter (expired refresh tokens, old delivery log) are deleted on a schedule. */
package dev.moodhoodkit.server.retention;
