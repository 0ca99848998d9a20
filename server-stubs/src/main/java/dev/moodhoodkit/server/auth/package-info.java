/** Authentication: the token endpoint, every token kind minted and checked, clients, personal tokens and the caller of each request. */
package dev.moodhoodkit.server.auth;
