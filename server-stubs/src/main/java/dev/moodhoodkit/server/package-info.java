/** The MoodHood reference server: the application class; each feature lives in a subpackage. */
package dev.moodhoodkit.server;
