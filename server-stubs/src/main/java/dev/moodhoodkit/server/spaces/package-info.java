/** Spaces: created, read, changed and deleted by their owners and moderators, with their members. */
package dev.moodhoodkit.server.spaces;
