/** {@link dev.moodhoodkit.stubs.junit.MoodhoodStubs}: the kit's WireMock stubs in a JUnit 5 test with one annotation. */
package dev.moodhoodkit.stubs.junit;
