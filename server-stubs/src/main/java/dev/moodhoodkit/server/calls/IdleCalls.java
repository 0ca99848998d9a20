package dev.moodhoodkit.server.calls;

import dev.moodhoodkit.server.common.PeriodicJob;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finishes calls that nobody has joined or left for {@code moodhood.calls.idle-timeout}: people
 * who closed their browser without leaving would otherwise keep a call open forever. Their stays
 * end now, {@code call_finished} is sent, and a recording of the call fails (it was not stopped
 * and its call did not end normally). Each call is finished in a transaction of its own under the
 * room's row lock, after checking again that it is still open and idle, so a join racing the
 * check, or another instance doing the same check, never finishes a call twice or by mistake.
 */
@Component
public class IdleCalls extends PeriodicJob {

    /** Calls finished per run at most; the rest wait for the next run. */
    private static final int BATCH = 100;

    private final Calls calls;
    private final CallEnding ending;
    private final TransactionTemplate transaction;
    private final Duration idleTimeout;
    private final Clock clock;

    IdleCalls(
            Calls calls,
            CallEnding ending,
            PlatformTransactionManager transactions,
            CallProperties properties,
            Clock clock) {
        super("idle-calls", properties.idleCheckInterval(), true);
        this.calls = calls;
        this.ending = ending;
        this.transaction = new TransactionTemplate(transactions);
        this.idleTimeout = properties.idleTimeout();
        this.clock = clock;
    }

    @Override
    protected void runOnce() {
        finishIdleCalls();
    }

    /** Finishes the calls idle for longer than the timeout as of now; how many it finished. */
    public int finishIdleCalls() {
        Instant now = clock.instant();
        Instant idleSince = now.minus(idleTimeout);
        List<Calls.Call> idle = calls.findIdle(idleSince, BATCH);
        int finished = 0;
        for (Calls.Call call : idle) {
            Boolean done = transaction.execute(status -> finishIfStillIdle(call, idleSince, now));
            if (Boolean.TRUE.equals(done)) {
                finished++;
            }
        }
        return finished;
    }

    private boolean finishIfStillIdle(Calls.Call candidate, Instant idleSince, Instant now) {
        var room = calls.lockRoom(candidate.spaceId(), candidate.roomId());
        if (room.isEmpty()) {
            return false;
        }
        boolean stillIdle = calls.find(candidate.id())
                .filter(call -> call.finishedAt() == null
                        && call.lastActivityAt().toInstant().isBefore(idleSince))
                .isPresent();
        if (stillIdle) {
            ending.finish(room.get(), candidate.id(), now, CallLifecycle.Ending.IDLE_TIMEOUT);
        }
        return stillIdle;
    }
}
