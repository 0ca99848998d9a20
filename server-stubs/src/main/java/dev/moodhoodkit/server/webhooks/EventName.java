package dev.moodhoodkit.server.webhooks;

/** What happened in a space, by the name its webhook receives in {@code eventName}. */
public enum EventName {
    CALL_STARTED("call_started"),
    CALL_FINISHED("call_finished"),
    RECORD_STARTED("record_started"),
    RECORD_FINISHED("record_finished"),
    RECORD_FAILED("record_failed");

    private final String wireName;

    EventName(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    static EventName fromWireName(String name) {
        for (EventName event : values()) {
            if (event.wireName.equals(name)) {
                return event;
            }
        }
        throw new IllegalArgumentException("unknown event " + name);
    }
}
