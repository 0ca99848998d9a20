package dev.moodhoodkit.server.calls;

import dev.moodhoodkit.server.webhooks.EventName;
import dev.moodhoodkit.server.webhooks.WebHookEvents;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Finishes a room's call, however it ends: its open stays close, it is marked finished, the
 * space's webhook gets {@code call_finished} and listeners (the call's recording) hear of it,
 * all in the caller's transaction, which holds the room's row lock.
 */
@Component
class CallEnding {

    private final Calls calls;
    private final CallPresences presences;
    private final WebHookEvents events;
    private final ApplicationEventPublisher lifecycle;

    CallEnding(Calls calls, CallPresences presences, WebHookEvents events, ApplicationEventPublisher lifecycle) {
        this.calls = calls;
        this.presences = presences;
        this.events = events;
        this.lifecycle = lifecycle;
    }

    void finish(Calls.LockedRoom room, String callId, Instant now, CallLifecycle.Ending ending) {
        presences.closeAllOpen(callId, now);
        calls.finish(callId, now);
        events.publish(room.spaceId(), room.id(), EventName.CALL_FINISHED, null, now);
        lifecycle.publishEvent(new CallLifecycle.Finished(callId, room.id(), room.spaceId(), now, ending));
    }
}
