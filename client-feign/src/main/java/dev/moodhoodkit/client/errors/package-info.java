/** The typed exceptions a failed call raises, one per category, carrying the problem's status, type, detail and request id. */
package dev.moodhoodkit.client.errors;
