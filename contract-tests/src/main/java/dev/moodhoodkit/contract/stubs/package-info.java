/** WireMock stubs generated from the spec's examples, and how they are named and selected. */
package dev.moodhoodkit.contract.stubs;
