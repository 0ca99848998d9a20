/** What the server serves about itself: the spec, the HTML reference, Swagger UI and the guide rendered from docs/. */
package dev.moodhoodkit.server.docs;
