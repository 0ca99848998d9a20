package dev.moodhoodkit.client;

import java.util.function.Supplier;

/**
 * The idempotency key of the calls the current thread is making, if any. Feign runs a call,
 * its interceptors and its retries on the caller's thread, so a thread-local reaches them all
 * without changing the generated interfaces (which have no header parameter for it).
 */
final class IdempotencyScope {

    private static final ThreadLocal<String> KEY = new ThreadLocal<>();

    private IdempotencyScope() {}

    static String currentKey() {
        return KEY.get();
    }

    static <T> T with(String key, Supplier<T> call) {
        String outer = KEY.get();
        KEY.set(key);
        try {
            return call.get();
        } finally {
            if (outer == null) {
                KEY.remove();
            } else {
                KEY.set(outer);
            }
        }
    }
}
