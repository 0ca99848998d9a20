/** User accounts: creation, the current user and their default meeting room. */
package dev.moodhoodkit.server.users;
