/** Space analytics: a space's calls and their reports, as JSON or an XLSX workbook. */
package dev.moodhoodkit.server.analytics;
