/** The runner's command line: its options and the rule on which base URLs it may call. */
package dev.moodhoodkit.conformance.cli;
