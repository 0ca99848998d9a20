package dev.moodhoodkit.server.calls;

/** What a participant does in a call: a webinar's audience are viewers; everyone else speaks. */
public enum ParticipantRole {
    SPEAKER,
    VIEWER
}
