/** Space invites: created by a space's owner and moderators, activated once by the user who holds the link. */
package dev.moodhoodkit.server.invites;
