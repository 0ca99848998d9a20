package dev.moodhoodkit.server.common;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A WHERE clause built from optional filters, with its positional parameters in order. */
public final class Where {

    private final StringBuilder sql = new StringBuilder(" WHERE ");
    private final List<Object> params = new ArrayList<>();

    private Where(String condition, Object param) {
        sql.append(condition);
        params.add(param);
    }

    /** The condition that always applies, with its one parameter. */
    public static Where of(String condition, Object param) {
        return new Where(condition, param);
    }

    /** Adds {@code AND condition} with its parameters (in their stored forms) when the filter applies. */
    public Where and(boolean applies, String condition, Object... values) {
        if (applies) {
            sql.append(" AND ").append(condition);
            Arrays.stream(values).map(Rows::stored).forEach(params::add);
        }
        return this;
    }

    public String sql() {
        return sql.toString();
    }

    public List<Object> params() {
        return List.copyOf(params);
    }

    /** The parameters followed by those of what comes after the clause (a LIMIT and OFFSET). */
    public List<Object> paramsThen(Object... more) {
        List<Object> all = new ArrayList<>(params);
        all.addAll(Arrays.asList(more));
        return all;
    }
}
