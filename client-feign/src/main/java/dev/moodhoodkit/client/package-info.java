/** The Feign client facade: MoodhoodClient and its builder, token handling, retries and error translation around the generated interfaces. */
package dev.moodhoodkit.client;
