/** Room roles: which users own, moderate or use a room. */
package dev.moodhoodkit.server.roles;
