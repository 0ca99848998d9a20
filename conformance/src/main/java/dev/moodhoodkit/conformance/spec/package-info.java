/** The chosen contract (full spec or mirror): its operations, what a request may carry, and the exchange validator. */
package dev.moodhoodkit.conformance.spec;
