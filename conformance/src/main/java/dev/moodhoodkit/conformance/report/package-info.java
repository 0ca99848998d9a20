/** What was seen per operation, and the console table, JUnit XML and Markdown made from it. */
package dev.moodhoodkit.conformance.report;
