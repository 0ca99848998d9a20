/** The spec as the contract tests read it: its operations, their methods, paths and security. */
package dev.moodhoodkit.contract.spec;
