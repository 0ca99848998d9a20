/** Failure runs: malformed requests, a database outage and kill -9, counting how the server answers. */
package dev.moodhoodkit.bench.failures;
