/** Sending calls to the deployment within the request budget, and checking each exchange against the spec. */
package dev.moodhoodkit.conformance.http;
