package dev.moodhoodkit.server.auth;

import dev.moodhoodkit.server.auth.TokenRefused.Reason;
import java.time.Clock;
import java.util.function.Function;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One use of a refresh token (RFC 9700 §4.14: rotation with reuse detection), safe however many
 * requests on however many instances present the same token at once.
 * <p>
 * The winner is decided by one conditional update ({@link RefreshTokens#use}); the winner's new
 * token is written in the same transaction, so it is visible before any loser looks at the
 * family. A loser's update waits for the winner's row lock, then matches nothing and holds no
 * lock; it revokes the family in its own transaction, which it commits before answering (the
 * revocation must outlive the refusal). That revocation touches only the family's one unused
 * token, so each transaction waits for at most one row and holds no other: no lock cycle, and
 * never a second connection while the first holds a lock (the pool cannot run dry either).
 */
@Component
class RefreshRotation {

    private final RefreshTokens refreshTokens;
    private final TransactionTemplate transaction;
    private final Clock clock;

    RefreshRotation(RefreshTokens refreshTokens, PlatformTransactionManager transactions, Clock clock) {
        this.refreshTokens = refreshTokens;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** What one use came to: the new pair, or why there is none. */
    private record Outcome<T>(T issued, Reason refusal) {}

    /**
     * Uses the token {@code jti} when {@code belongs} accepts its row, and returns what
     * {@code issue} makes of the row (the new pair, written in the same transaction); throws
     * {@link TokenRefused} with {@code INVALID} for an unknown or foreign token, {@code USED} for
     * a reused one (its family is revoked then). A refusal thrown by {@code issue} rolls the use
     * back.
     */
    <T> T use(String jti, Predicate<RefreshTokens.Row> belongs, Function<RefreshTokens.Row, T> issue) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            // Joined to a caller's transaction, a reuse's revocation would roll back with it.
            throw new IllegalStateException(
                    "a refresh token is used in a transaction of its own, never inside another");
        }
        Outcome<T> outcome = transaction.execute(status -> {
            RefreshTokens.Row row = refreshTokens.find(jti).filter(belongs).orElse(null);
            if (row == null) {
                return new Outcome<T>(null, Reason.INVALID);
            }
            if (!refreshTokens.use(row.jti(), clock.instant())) {
                refreshTokens.revokeFamily(row.familyId());
                return new Outcome<T>(null, Reason.USED);
            }
            return new Outcome<>(issue.apply(row), null);
        });
        if (outcome.refusal() != null) {
            throw new TokenRefused(outcome.refusal());
        }
        return outcome.issued();
    }
}
