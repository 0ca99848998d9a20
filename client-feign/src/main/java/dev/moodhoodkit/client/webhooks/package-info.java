/** Helpers for receivers of webhooks: the signature check that matches the server's signing. */
package dev.moodhoodkit.client.webhooks;
