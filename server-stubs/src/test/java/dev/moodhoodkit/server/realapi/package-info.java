/** MoodHood's own example requests (the api-spec jar's real-api-examples.yaml), sent to this server. */
package dev.moodhoodkit.server.realapi;
