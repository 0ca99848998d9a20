/** The guide's flows, walked as a newcomer would, and the clean-up of what they created. */
package dev.moodhoodkit.conformance.walk;
