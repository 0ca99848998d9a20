package dev.moodhoodkit.server.common;

/** {@code limit}/{@code offset} as the spec bounds them, for callers that skip validation. */
public record Paging(int limit, int offset) {

    public static Paging of(Integer limit, Integer offset) {
        int l = limit == null ? 20 : Math.max(1, Math.min(100, limit));
        int o = offset == null ? 0 : Math.max(0, offset);
        return new Paging(l, o);
    }
}
