package dev.moodhoodkit.server.webhooks;

import java.util.Locale;

/** What happened in a space; its webhook receives the constant's name in lower case in {@code eventName}. */
public enum EventName {
    CALL_STARTED,
    CALL_FINISHED,
    RECORD_STARTED,
    RECORD_FINISHED,
    RECORD_FAILED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
