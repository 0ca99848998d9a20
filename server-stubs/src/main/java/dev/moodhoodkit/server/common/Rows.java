package dev.moodhoodkit.server.common;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A table's row as a record, written once: the record's components are the table's columns
 * (a component {@code spaceId} is the column {@code space_id}; a component that is itself a record,
 * such as a room's settings, stands for its own components, in the same row). From the record
 * come the row mapper, the column list (with aliases), and the named parameters of inserts and
 * updates, so no repository reads or writes a column by hand.
 * <p>
 * Why not Spring's {@code DataClassRowMapper} (or {@code JdbcClient.query(Record.class)}): for
 * every snake_case column of every row it first asks the driver for the camelCase name, which
 * throws, and it knows neither nested records nor how our enums are stored. Here each column is
 * read by its alias with the getter of the component's type.
 * <p>
 * Stored forms: an {@link Instant} is a {@code TIMESTAMP WITH TIME ZONE} in UTC; an enum is its
 * constant's name in lower case (which is also its wire value: {@code LESSON} is
 * {@code "lesson"}, {@code ROLE_SPACE_OWNER} is {@code "role_space_owner"}).
 */
public final class Rows {

    private Rows() {}

    private static final ClassValue<RowMapper<?>> MAPPERS = new ClassValue<>() {
        @Override
        protected RowMapper<?> computeValue(Class<?> type) {
            return mapper(type.asSubclass(Record.class));
        }
    };

    /** Maps rows whose columns carry the component names (see {@link #columns}) to {@code type}. */
    @SuppressWarnings("unchecked")
    public static <T extends Record> RowMapper<T> of(Class<T> type) {
        return (RowMapper<T>) MAPPERS.get(type);
    }

    private static <T extends Record> RowMapper<T> mapper(Class<T> type) {
        Constructor<T> constructor = canonical(type);
        RecordComponent[] components = type.getRecordComponents();
        RowMapper<?>[] nested = new RowMapper<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            if (components[i].getType().isRecord()) {
                nested[i] = of(components[i].getType().asSubclass(Record.class));
            }
        }
        return (rs, row) -> {
            Object[] args = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                args[i] = nested[i] != null
                        ? nested[i].mapRow(rs, row)
                        : read(rs, components[i].getName(), components[i].getType());
            }
            try {
                return constructor.newInstance(args);
            } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("Cannot make a " + type.getSimpleName() + " of a row", e);
            }
        };
    }

    /** {@code "p.id, p.space_id AS spaceId, ..."}: the record's columns of table alias {@code p}, as {@link #of} reads them. */
    public static String columns(Class<? extends Record> type, String tableAlias) {
        return names(type).stream()
                .map(name -> {
                    String column = tableAlias + "." + column(name);
                    return column(name).equals(name) ? column : column + " AS " + name;
                })
                .collect(Collectors.joining(", "));
    }

    /** {@code "INSERT INTO table (id, space_id, ...) VALUES (:id, :spaceId, ...)"} for {@link #params}. */
    public static String insert(String table, Class<? extends Record> type) {
        List<String> names = names(type);
        return "INSERT INTO " + table + " ("
                + names.stream().map(Rows::column).collect(Collectors.joining(", ")) + ") VALUES ("
                + names.stream().map(name -> ":" + name).collect(Collectors.joining(", ")) + ")";
    }

    /** {@code "name = :name, is_public = :isPublic, ..."}: the SET list of an update of the record's columns. */
    public static String assignments(Class<? extends Record> type) {
        return names(type).stream().map(name -> column(name) + " = :" + name).collect(Collectors.joining(", "));
    }

    /** The record's components as named parameters, in their stored forms. */
    public static Map<String, Object> params(Record record) {
        Map<String, Object> params = new LinkedHashMap<>();
        put(params, record);
        return params;
    }

    /** Whether {@code SELECT COUNT(*) ...} counts any row. */
    public static boolean any(JdbcClient jdbc, String countSql, Object... params) {
        return jdbc.sql(countSql).params(params).query(Long.class).single() > 0;
    }

    /** The enum constant stored as {@code stored} (its name in lower case); null for null. */
    public static <E extends Enum<E>> E constant(Class<E> type, String stored) {
        return stored == null ? null : Enum.valueOf(type, stored.toUpperCase(Locale.ROOT));
    }

    /** A value in the form the database stores it. */
    public static Object stored(Object value) {
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof Enum<?> constant) {
            return constant.name().toLowerCase(Locale.ROOT);
        }
        return value;
    }

    private static void put(Map<String, Object> params, Record record) {
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            Object value = value(component, record);
            if (value instanceof Record nested) {
                put(params, nested);
            } else {
                params.put(component.getName(), stored(value));
            }
        }
    }

    private static List<String> names(Class<?> type) {
        List<String> names = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.getType().isRecord()) {
                names.addAll(names(component.getType()));
            } else {
                names.add(component.getName());
            }
        }
        return names;
    }

    /** {@code spaceId} to {@code space_id}. */
    static String column(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object read(ResultSet rs, String label, Class<?> type) throws SQLException {
        if (type == String.class) {
            return rs.getString(label);
        }
        if (type == boolean.class) {
            return rs.getBoolean(label);
        }
        if (type == int.class) {
            return rs.getInt(label);
        }
        if (type == long.class) {
            return rs.getLong(label);
        }
        if (type == Instant.class) {
            OffsetDateTime time = rs.getObject(label, OffsetDateTime.class);
            return time == null ? null : time.toInstant();
        }
        if (type.isEnum()) {
            return constant((Class<Enum>) type, rs.getString(label));
        }
        // Integer, Boolean, OffsetDateTime...: the driver converts, and gives null for NULL.
        return rs.getObject(label, type);
    }

    private static Object value(RecordComponent component, Record record) {
        try {
            java.lang.reflect.Method accessor = component.getAccessor();
            // The feature packages' records are package-private; reading them is this class's job.
            accessor.setAccessible(true);
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + component, e);
        }
    }

    private static <T extends Record> Constructor<T> canonical(Class<T> type) {
        Class<?>[] types = java.util.Arrays.stream(type.getRecordComponents())
                .map(RecordComponent::getType)
                .toArray(Class<?>[]::new);
        try {
            Constructor<T> constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor;
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(type + " has no canonical constructor", e);
        }
    }
}
