/** Rate limits and brute-force protection: token buckets per caller, per client and per account (Bucket4j). */
package dev.moodhoodkit.server.ratelimit;
