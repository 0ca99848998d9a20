/**
 * The WireMock extension shipped in the stubs jar: it names the fields at fault in the stubs'
 * 422 problems. It uses WireMock's own API only, so it loads in WireMock standalone
 * ({@code --extensions dev.moodhoodkit.stubs.wiremock.RequestValidationProblems}) as in a test.
 */
package dev.moodhoodkit.stubs.wiremock;
