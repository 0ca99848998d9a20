/** What keeps a server that strangers can reach safe: no published secrets, metrics behind a token. */
package dev.moodhoodkit.server.security;
