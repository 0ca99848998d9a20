package dev.moodhoodkit.conformance.http;

/**
 * Bounds the run: at most {@code maxRequests} requests, at most {@code ratePerSecond}. A single
 * thread sends every request, so a fixed spacing between starts is the whole rate limit; a
 * token-bucket library would add bursts this runner must not make.
 */
public final class Pacer {

    /** Thrown when the request budget is spent; the walk stops and the report says so. */
    public static final class BudgetSpent extends RuntimeException {
        BudgetSpent(int max) {
            super("the request budget (--max-requests " + max + ") is spent");
        }
    }

    /** Requests kept back from the walk for the clean-up (three calls). */
    private static final int CLEANUP_RESERVE = 3;

    private final int maxRequests;
    private int limit;
    private final long spacingNanos;
    private int sent;
    private long lastStart = Long.MIN_VALUE;

    Pacer(int maxRequests, double ratePerSecond) {
        this.maxRequests = maxRequests;
        this.limit = maxRequests > 4 * CLEANUP_RESERVE ? maxRequests - CLEANUP_RESERVE : maxRequests;
        this.spacingNanos = (long) (1_000_000_000L / ratePerSecond);
    }

    /** Waits for the next slot, or throws when the budget is spent. */
    void acquire() {
        if (sent >= limit) {
            throw new BudgetSpent(maxRequests);
        }
        if (lastStart != Long.MIN_VALUE) {
            long wait = lastStart + spacingNanos - System.nanoTime();
            if (wait > 0) {
                try {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                }
            }
        }
        lastStart = System.nanoTime();
        sent++;
    }

    /** Lets the clean-up spend the requests kept back for it. */
    void openReserve() {
        limit = maxRequests;
    }

    int sent() {
        return sent;
    }
}
