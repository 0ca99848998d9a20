package dev.moodhoodkit.client;

import feign.Contract;
import feign.MethodMetadata;
import feign.Param;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Feign's default contract, except that date-time parameters are written as RFC 3339.
 *
 * <p>The generated interfaces expand {@code @Param OffsetDateTime} with {@code toString()},
 * which drops zero seconds ({@code 2026-11-20T10:00Z} is not RFC 3339) and keeps a {@code +}
 * offset that a query string reads as a space. Here they are written in UTC with seconds:
 * {@code 2026-11-20T08:00:00Z}.
 */
final class Rfc3339Contract implements Contract {

    private final Contract feignDefault = new Contract.Default();

    @Override
    public List<MethodMetadata> parseAndValidateMetadata(Class<?> targetType) {
        List<MethodMetadata> methods = feignDefault.parseAndValidateMetadata(targetType);
        methods.forEach(Rfc3339Contract::writeDateTimesAsRfc3339);
        return methods;
    }

    private static void writeDateTimesAsRfc3339(MethodMetadata metadata) {
        Class<?>[] types = metadata.method().getParameterTypes();
        boolean hasDateTime = false;
        for (Integer index : metadata.indexToName().keySet()) {
            hasDateTime |= isDateTime(types[index]);
        }
        if (!hasDateTime) {
            return;
        }
        // Feign uses either the expander instances or the expander classes; keep the others.
        Map<Integer, Param.Expander> expanders = new HashMap<>();
        metadata.indexToExpanderClass().forEach((index, type) -> expanders.put(index, instantiate(type)));
        for (Integer index : metadata.indexToName().keySet()) {
            if (isDateTime(types[index])) {
                expanders.put(index, Rfc3339Contract::rfc3339);
            }
        }
        metadata.indexToExpander(expanders);
    }

    private static boolean isDateTime(Class<?> type) {
        return type == OffsetDateTime.class || type == ZonedDateTime.class || type == Instant.class;
    }

    static String rfc3339(Object value) {
        Instant instant = value instanceof OffsetDateTime offset
                ? offset.toInstant()
                : value instanceof ZonedDateTime zoned ? zoned.toInstant() : (Instant) value;
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC));
    }

    private static Param.Expander instantiate(Class<? extends Param.Expander> type) {
        try {
            Constructor<? extends Param.Expander> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (NoSuchMethodException
                | InstantiationException
                | IllegalAccessException
                | InvocationTargetException e) {
            throw new IllegalStateException("Cannot create the parameter expander " + type.getName(), e);
        }
    }
}
