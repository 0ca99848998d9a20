/** JMH benchmarks of the Feign client's overhead over the bare JDK HTTP client. */
package dev.moodhoodkit.bench.client;
