/** Problem documents for what fails outside the controllers: Tomcat's own refusals, Spring's error page, NUL bytes. */
package dev.moodhoodkit.server.errors;
