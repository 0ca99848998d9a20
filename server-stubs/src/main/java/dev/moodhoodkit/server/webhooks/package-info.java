/** Webhooks: a space's webhook settings and secret, the outbox written with each event, and signed delivery with retries and its log. */
package dev.moodhoodkit.server.webhooks;
