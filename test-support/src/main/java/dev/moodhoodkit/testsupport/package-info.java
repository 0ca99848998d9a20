/** What the modules' tests share: the one reader of openapi.yaml, its validator and a test clock. */
package dev.moodhoodkit.testsupport;
