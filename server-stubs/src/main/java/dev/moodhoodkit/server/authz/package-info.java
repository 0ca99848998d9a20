/** Authorization: the one policy that answers whether a caller may see or change a space or a room. */
package dev.moodhoodkit.server.authz;
