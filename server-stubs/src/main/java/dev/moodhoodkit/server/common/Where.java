package dev.moodhoodkit.server.common;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A WHERE clause built from optional filters, with its positional parameters, and the pages and count it admits. */
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

    /** A page of {@code select} (its SELECT and FROM) under this clause, in {@code order}. */
    public <T> List<T> page(JdbcClient jdbc, String select, String order, int limit, int offset, RowMapper<T> rows) {
        List<Object> all = new ArrayList<>(params);
        all.add(limit);
        all.add(offset);
        return jdbc.sql(select + sql + " ORDER BY " + order + " LIMIT ? OFFSET ?")
                .params(all)
                .query(rows)
                .list();
    }

    /** How many rows of {@code from} (a FROM clause) this clause admits: the total of the pages. */
    public long count(JdbcClient jdbc, String from) {
        return jdbc.sql("SELECT COUNT(*) " + from + sql)
                .params(params)
                .query(Long.class)
                .single();
    }

    public String sql() {
        return sql.toString();
    }
}
