/** The conformance runner: walks the guide's flows against a deployment and checks every exchange against the spec. */
package dev.moodhoodkit.conformance;
