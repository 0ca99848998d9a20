/** The few calls the benchmark tools make over the JDK HTTP client, seeing every answer as the server gave it. */
package dev.moodhoodkit.bench.http;
